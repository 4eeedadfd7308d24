using SkiaSharp;

namespace AgreementKit.Layout.Fonts;

/// <summary>
/// Glyph ids and advance widths looked up once per document. Skia answers one code point per native call,
/// and a contract repeats the same few hundred characters, so the lookups are cached. One instance serves
/// one rendering on one thread; it is not shared, so it needs no locks.
/// </summary>
internal sealed class GlyphCache : IDisposable
{
    private readonly Dictionary<FontFace, FaceTables> _faces = [];

    /// <summary>The glyph for a code point in a face, 0 when the face has none.</summary>
    public ushort Glyph(FontFace face, int codePoint)
    {
        var tables = TablesFor(face);
        if (!tables.Glyphs.TryGetValue(codePoint, out var glyph))
        {
            glyph = tables.Font.GetGlyph(codePoint);
            tables.Glyphs.Add(codePoint, glyph);
        }
        return glyph;
    }

    /// <summary>The advance of a glyph at a font size, in points.</summary>
    public float Advance(FontFace face, ushort glyph, float size)
    {
        var tables = TablesFor(face);
        if (!tables.Advances.TryGetValue(glyph, out var units))
        {
            Span<ushort> glyphs = [glyph];
            Span<float> widths = stackalloc float[1];
            tables.Font.GetGlyphWidths(glyphs, widths, Span<SKRect>.Empty, null);
            units = widths[0];
            tables.Advances.Add(glyph, units);
        }
        return units * size / face.UnitsPerEm;
    }

    /// <summary>Where a glyph's ink starts and ends, as fractions of the em from its origin; (0, 0) when it has none.</summary>
    public (float Left, float Right) Ink(FontFace face, ushort glyph)
    {
        var tables = TablesFor(face);
        if (!tables.Ink.TryGetValue(glyph, out var ink))
        {
            Span<ushort> glyphs = [glyph];
            Span<SKRect> bounds = stackalloc SKRect[1];
            tables.Font.GetGlyphWidths(glyphs, Span<float>.Empty, bounds, null);
            ink = bounds[0].IsEmpty ? (0, 0) : (bounds[0].Left / face.UnitsPerEm, bounds[0].Right / face.UnitsPerEm);
            tables.Ink.Add(glyph, ink);
        }
        return ink;
    }

    public void Dispose()
    {
        foreach (var tables in _faces.Values)
            tables.Font.Dispose();
        _faces.Clear();
    }

    private FaceTables TablesFor(FontFace face)
    {
        if (!_faces.TryGetValue(face, out var tables))
        {
            // Measured at one em = UnitsPerEm, widths come back in font units and scale exactly.
            tables = new FaceTables(face.CreateFont(face.UnitsPerEm));
            _faces.Add(face, tables);
        }
        return tables;
    }

    private sealed class FaceTables(SKFont font)
    {
        public SKFont Font { get; } = font;
        public Dictionary<int, ushort> Glyphs { get; } = [];
        public Dictionary<ushort, float> Advances { get; } = [];
        public Dictionary<ushort, (float, float)> Ink { get; } = [];
    }
}
