using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// What drawing needs beyond geometry: the canvas, the page every destination ended on (for contents
/// pages), and the shaper for text known only now (page numbers).
/// </summary>
internal sealed record DrawContext(IDrawingCanvas Canvas, IReadOnlyDictionary<string, int> DestinationPages, TextShaper Shaper);
