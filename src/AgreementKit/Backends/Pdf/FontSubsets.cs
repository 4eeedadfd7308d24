using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Backends.Pdf.TrueType;
using SkiaSharp;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// The fonts one PDF embeds: for each TrueType face, a subset holding just the characters the document
/// draws, embedded as a CID font, and for each trim of compressed punctuation a small variant whose glyphs
/// are that much narrower. Faces that cannot be subset (CFF, unreadable tables) make the set incomplete:
/// such a document goes to Skia, which draws them with their own typeface as Type 3 glyphs. Deterministic:
/// the subsets depend only on the characters drawn. Dispose after the PDF is closed, as Skia reads the
/// fonts when closing.
/// </summary>
internal sealed class FontSubsets : IDisposable
{
    private readonly Dictionary<(FontFace, GlyphTrim), Subset> _subsets = [];
    private bool _partial;

    /// <summary>
    /// One subset: its TrueType bytes, the characters of its glyphs 1, 2, … and the glyph of each character.
    /// Skia's typeface of it is made only when Skia draws with it.
    /// </summary>
    internal sealed class Subset(FontFace face, byte[] bytes, IReadOnlyList<CharGlyph> characters) : IDisposable
    {
        private SKData? _data;
        private SKTypeface? _typeface;

        public FontFace Face { get; } = face;

        public byte[] Bytes { get; } = bytes;

        public IReadOnlyList<CharGlyph> Characters { get; } = characters;

        public Dictionary<CharGlyph, ushort> Glyphs { get; } = characters.Select((c, i) => (c, (ushort)(i + 1))).ToDictionary(p => p.c, p => p.Item2);

        public SKTypeface? Typeface
        {
            get
            {
                if (_data is null)
                {
                    _data = SKData.CreateCopy(Bytes);
                    _typeface = SKTypeface.FromData(_data);
                }
                return _typeface;
            }
        }

        public void Dispose()
        {
            _typeface?.Dispose();
            _data?.Dispose();
        }
    }

    /// <summary>True when every face drawn has its subsets here (none is a CFF font or unreadable).</summary>
    public bool Complete => !_partial;

    public static FontSubsets Create(IReadOnlyDictionary<FontFace, HashSet<CharGlyph>> characters)
    {
        var subsets = new FontSubsets();
        foreach (var (face, used) in characters)
        {
            if (TrueTypeFaces.Of(face) is not { } font)
            {
                subsets._partial = true;
                continue;
            }
            // Compressed punctuation comes from a variant per trim, whose glyphs are as narrow as the layout
            // set them, so each character's width in the PDF is the space it takes on the page.
            foreach (var group in used.GroupBy(c => c.Trim).OrderBy(g => g.Key))
            {
                var sorted = group.Order().ToList();
                if (Cut(face, font, sorted, group.Key) is { } subset)
                    subsets._subsets[(face, group.Key)] = subset;
                else
                    subsets._partial = true;
            }
        }
        return subsets;
    }

    private static Subset? Cut(FontFace face, SfntFont font, List<CharGlyph> sorted, GlyphTrim trim)
    {
        try
        {
            return new Subset(face, TrueTypeSubsetter.Subset(face.Data, font, sorted, trim), sorted);
        }
        catch (FontFormatException)
        {
            return null; // a font with tables this code cannot follow: Skia embeds it its own way
        }
    }

    /// <summary>The subset a run is drawn from and the run's glyph IDs in it, or null when its face is not subset.</summary>
    public (Subset Subset, ushort[] Glyphs)? Find(GlyphRun run)
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
        return (subset, glyphs);
    }

    /// <summary>
    /// The typeface and glyph IDs to draw a run with in Skia, or null when its face is not subset (then the
    /// run is drawn with the face's own typeface and glyphs, and a trim must be applied by moving the glyphs).
    /// </summary>
    public (SKTypeface Typeface, ushort[] Glyphs)? Map(GlyphRun run) =>
        Find(run) is { } found && found.Subset.Typeface is { } typeface ? (typeface, found.Glyphs) : null;

    public void Dispose()
    {
        foreach (var subset in _subsets.Values)
            subset.Dispose();
        _subsets.Clear();
    }
}
