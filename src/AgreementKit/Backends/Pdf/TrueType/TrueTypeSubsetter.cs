using AgreementKit.Layout.Canvas;
using System.Buffers.Binary;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>
/// Cuts a TrueType font down to the characters one document draws. Glyph 0 stays .notdef; character
/// <c>i</c> of the list becomes glyph <c>i + 1</c>, so every character has a glyph of its own and its cmap
/// entry is the only one pointing there: a PDF's ToUnicode map then gives back exactly the characters
/// drawn, even where the full font shares one glyph between several code points (一 and the radical ⼀).
/// Components of composite glyphs follow after the characters. Written by hand because no package our
/// mirror serves subsets fonts (HarfBuzz's subsetter is not in SkiaSharp's build).
/// </summary>
internal static class TrueTypeSubsetter
{
    // Tables copied unchanged: naming, metrics and hinting programs that do not index glyphs.
    private static readonly string[] CopiedTables = ["OS/2", "name", "cvt ", "fpgm", "prep", "gasp"];

    /// <summary>
    /// The subset font's bytes. <paramref name="characters"/> must be sorted and distinct; a code point
    /// listed twice (two glyphs) keeps its first glyph in the cmap. With a <paramref name="trim"/>, every
    /// character's glyph is narrowed by it, its outline moved left by the left trim: the variant that
    /// draws compressed punctuation with the width the layout gave it.
    /// </summary>
    public static byte[] Subset(ReadOnlySpan<byte> file, SfntFont font, IReadOnlyList<CharGlyph> characters, GlyphTrim trim = default)
    {
        if (!font.HasTrueTypeOutlines)
            throw new FontFormatException("the font has no TrueType outlines");
        var head = font.Table(file, "head");
        var maxp = font.Table(file, "maxp");
        var hhea = font.Table(file, "hhea");
        var outlines = new GlyphOutlines(file, font, FontBytes.S16(head, 50), FontBytes.U16(maxp, 4));
        var metrics = new HorizontalMetrics(font.Table(file, "hmtx"), FontBytes.U16(hhea, 34), outlines.Count);

        var order = new List<ushort>(characters.Count + 1) { 0 };
        order.AddRange(characters.Select(c => c.Glyph));
        var quarter = FontBytes.U16(head, 18) / 4;
        var shift = (short)(-trim.LeftQuarters * quarter);
        var glyf = GlyphTable.Build(outlines, order, characters.Count, shift); // appends composite components to order
        if (order.Count > ushort.MaxValue)
            throw new FontFormatException("the subset would have more than 65,535 glyphs");

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = Patched(head, 54, t => { BinaryPrimitives.WriteUInt32BigEndian(t.AsSpan(8), 0); BinaryPrimitives.WriteInt16BigEndian(t.AsSpan(50), 1); }),
            ["hhea"] = Patched(hhea, 36, t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(34), (ushort)order.Count)),
            ["maxp"] = Patched(maxp, 6, t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(4), (ushort)order.Count)),
            ["hmtx"] = metrics.Build(order, characters.Count, (trim.LeftQuarters + trim.RightQuarters) * quarter, shift),
            ["glyf"] = glyf.Data,
            ["loca"] = glyf.Locations,
            ["cmap"] = CmapBuilder.Build(characters),
            ["post"] = Post(font.Table(file, "post")),
        };
        foreach (var tag in CopiedTables)
            if (font.Has(tag))
                tables[tag] = font.Table(file, tag).ToArray();
        if (tables.TryGetValue("OS/2", out var os2) && os2.Length >= 68 && characters.Count > 0)
        {
            // First and last character index, capped at U+FFFF as the field is 16-bit.
            BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(64), (ushort)Math.Min(characters[0].CodePoint, 0xFFFF));
            BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(66), (ushort)Math.Min(characters[^1].CodePoint, 0xFFFF));
        }
        return SfntWriter.Write(tables);
    }

    private static byte[] Patched(ReadOnlySpan<byte> table, int minimumLength, Action<byte[]> patch)
    {
        if (table.Length < minimumLength)
            throw new FontFormatException($"a table is {table.Length} bytes, shorter than its {minimumLength}-byte header");
        var copy = table.ToArray();
        patch(copy);
        return copy;
    }

    // Version 3: no glyph names (they would index the old glyph order); keeps angle, underline and pitch.
    private static byte[] Post(ReadOnlySpan<byte> source)
    {
        var post = new byte[32];
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        if (source.Length >= 16)
            source[4..16].CopyTo(post.AsSpan(4));
        return post;
    }
}
