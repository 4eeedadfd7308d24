using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Backends.Pdf.TrueType;
using SkiaSharp;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// The fonts one PDF embeds: for each TrueType face, a subset holding just the characters the document
/// draws, which Skia embeds as a CID font, and for each trim of compressed punctuation a small variant
/// whose glyphs are that much narrower. Faces that cannot be subset (CFF, unreadable tables) are drawn
/// with their own typeface, which Skia writes as Type 3 glyphs. Deterministic: the subsets depend only
/// on the characters drawn. Dispose after the PDF is closed, as Skia reads the fonts when closing.
/// </summary>
internal sealed class FontSubsets : IDisposable
{
    private readonly Dictionary<(FontFace, GlyphTrim), Subset> _subsets = [];

    private sealed record Subset(SKData Data, SKTypeface Typeface, Dictionary<CharGlyph, ushort> Glyphs);

    public static FontSubsets Create(IReadOnlyDictionary<FontFace, HashSet<CharGlyph>> characters)
    {
        var subsets = new FontSubsets();
        foreach (var (face, used) in characters)
        {
            if (TrueTypeFaces.Of(face) is not { } font)
                continue;
            // Compressed punctuation comes from a variant per trim, whose glyphs are as narrow as the layout
            // set them, so each character's width in the PDF is the space it takes on the page.
            foreach (var group in used.GroupBy(c => c.Trim).OrderBy(g => g.Key))
            {
                var sorted = group.Order().ToList();
                if (Cut(face, font, sorted, group.Key) is { } subset)
                    subsets._subsets[(face, group.Key)] = subset;
            }
        }
        return subsets;
    }

    private static Subset? Cut(FontFace face, SfntFont font, List<CharGlyph> sorted, GlyphTrim trim)
    {
        byte[] bytes;
        try
        {
            bytes = TrueTypeSubsetter.Subset(face.Data, font, sorted, trim);
        }
        catch (FontFormatException)
        {
            return null; // a font with tables this code cannot follow: Skia embeds it its own way
        }
        var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data);
        if (typeface is null)
        {
            data.Dispose();
            return null;
        }
        var glyphs = new Dictionary<CharGlyph, ushort>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
            glyphs[sorted[i]] = (ushort)(i + 1);
        return new Subset(data, typeface, glyphs);
    }

    /// <summary>
    /// The typeface and glyph IDs to draw a run with, or null when its face is not subset (then the run is
    /// drawn with the face's own typeface and glyphs, and a trim must be applied by moving the glyphs).
    /// </summary>
    public (SKTypeface Typeface, ushort[] Glyphs)? Map(GlyphRun run)
    {
        if (!_subsets.TryGetValue((run.Face, run.Trim), out var subset))
            return null;
        var glyphs = new ushort[run.Glyphs.Length];
        var i = 0;
        foreach (var rune in run.Text.EnumerateRunes())
        {
            glyphs[i] = subset.Glyphs[new CharGlyph(rune.Value, run.Glyphs[i], run.Trim)];
            i++;
        }
        return (subset.Typeface, glyphs);
    }

    public void Dispose()
    {
        foreach (var subset in _subsets.Values)
        {
            subset.Typeface.Dispose();
            subset.Data.Dispose();
        }
        _subsets.Clear();
    }
}
