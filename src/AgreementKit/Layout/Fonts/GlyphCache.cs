namespace AgreementKit.Layout.Fonts;

/// <summary>
/// Glyph ids, advance widths and ink bounds of the faces a rendering uses. The answers live with each face
/// (<see cref="FaceMetrics"/>) and are shared by every document and thread; this remains the handle the
/// layout code asks through.
/// </summary>
internal sealed class GlyphCache : IDisposable
{
    /// <summary>The glyph for a code point in a face, 0 when the face has none.</summary>
    public ushort Glyph(FontFace face, int codePoint) => face.Metrics.Glyph(codePoint);

    /// <summary>The advance of a glyph at a font size, in points.</summary>
    public float Advance(FontFace face, ushort glyph, float size) => face.Metrics.Advance(glyph) * size / face.UnitsPerEm;

    /// <summary>Where a glyph's ink starts and ends, as fractions of the em from its origin; (0, 0) when it has none.</summary>
    public (float Left, float Right) Ink(FontFace face, ushort glyph) => face.Metrics.Ink(glyph);

    public void Dispose()
    {
        // Nothing per rendering: the metrics belong to the faces.
    }
}
