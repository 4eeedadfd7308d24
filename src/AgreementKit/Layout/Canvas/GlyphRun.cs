using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Canvas;

/// <summary>
/// Glyphs of one face, size and colour on one baseline, with the source text they draw: one glyph per
/// code point of <see cref="Text"/>, in order. Positions are x offsets from the run's origin (pen
/// positions). Keeping the text lets the PDF map glyphs back to characters (copy, search, accessibility).
/// Every glyph of the run carries the same <see cref="Trim"/>.
/// </summary>
internal sealed record GlyphRun(FontFace Face, float Size, LayoutColor Color, ushort[] Glyphs, float[] Positions, string Text)
{
    public GlyphTrim Trim { get; init; }
}
