using AgreementKit.Layout.Canvas;
namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>The glyf table of a font, glyph by glyph, through its loca table (short or long offsets).</summary>
internal readonly ref struct GlyphOutlines
{
    private readonly ReadOnlySpan<byte> _glyf;
    private readonly ReadOnlySpan<byte> _loca;
    private readonly bool _longOffsets;

    public GlyphOutlines(ReadOnlySpan<byte> file, SfntFont font, short indexToLocFormat, int glyphCount)
    {
        _glyf = font.Table(file, "glyf");
        _loca = font.Table(file, "loca");
        _longOffsets = indexToLocFormat == 1;
        Count = glyphCount;
        if (_loca.Length < (glyphCount + 1) * (_longOffsets ? 4 : 2))
            throw new FontFormatException($"loca is too short for {glyphCount} glyphs");
    }

    public int Count { get; }

    /// <summary>The bytes of one glyph; empty for glyphs without outline (spaces).</summary>
    public ReadOnlySpan<byte> this[int glyph]
    {
        get
        {
            if (glyph >= Count)
                throw new FontFormatException($"glyph {glyph} does not exist (the font has {Count})");
            var start = Location(glyph);
            var end = Location(glyph + 1);
            return end > start ? FontBytes.Slice(_glyf, start, end - start) : default;
        }
    }

    private int Location(int glyph) => _longOffsets
        ? FontBytes.Offset(_loca, 4 * glyph)
        : 2 * FontBytes.U16(_loca, 2 * glyph);
}
