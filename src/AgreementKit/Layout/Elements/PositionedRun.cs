using AgreementKit.Layout.Canvas;

namespace AgreementKit.Layout.Elements;

/// <summary>A glyph run at its x offset from the left of the line's column.</summary>
internal sealed record PositionedRun(GlyphRun Run, float X);
