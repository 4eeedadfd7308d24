using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Canvas;

/// <summary>
/// What elements draw on: one page at a time, in points, origin top left, y down. The PDF writers
/// (Backends/Pdf) implement it; tests record the calls instead.
/// </summary>
internal interface IDrawingCanvas
{
    void DrawGlyphs(GlyphRun run, float x, float baseline);

    void DrawLine(float x1, float y1, float x2, float y2, float width, LayoutColor color);

    /// <summary>Marks a named destination at a point of the current page.</summary>
    void DefineDestination(string name, float x, float y);

    /// <summary>Makes an area a link to a named destination.</summary>
    void LinkToDestination(LayoutRect area, string destination);

    void LinkToUrl(LayoutRect area, string url);

    /// <summary>
    /// Places an unsigned signature field over an area of the current page: its full name (periods separate
    /// levels) and what a reader shows for it, e.g. 甲方签字.
    /// </summary>
    void DefineSignatureField(string name, string? description, LayoutRect area);
}
