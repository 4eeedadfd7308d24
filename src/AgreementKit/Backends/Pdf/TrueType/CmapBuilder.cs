using AgreementKit.Layout.Canvas;
using System.Buffers.Binary;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>
/// The cmap of a subset whose character <c>i</c> is glyph <c>i + 1</c>: a format 4 subtable (Windows
/// BMP) and a format 12 subtable (Windows full repertoire, which FreeType prefers), each made of ranges
/// of consecutive code points.
/// </summary>
internal static class CmapBuilder
{
    public static byte[] Build(IReadOnlyList<CharGlyph> characters)
    {
        var ranges = Ranges(characters);
        var format12 = Format12(ranges);
        var format4 = Format4(ranges.Where(r => r.Last < 0xFFFF).ToList());
        var subtables = new List<(ushort Encoding, byte[] Data)>();
        if (format4 is not null)
            subtables.Add((1, format4)); // Unicode BMP
        subtables.Add((10, format12));   // Unicode full repertoire

        using var cmap = new MemoryStream();
        var header = new byte[4 + 8 * subtables.Count];
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)subtables.Count);
        var offset = header.Length;
        for (var i = 0; i < subtables.Count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4 + 8 * i), 3); // platform Windows
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6 + 8 * i), subtables[i].Encoding);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(8 + 8 * i), offset);
            offset += subtables[i].Data.Length;
        }
        cmap.Write(header);
        foreach (var subtable in subtables)
            cmap.Write(subtable.Data);
        return cmap.ToArray();
    }

    private readonly record struct Range(int First, int Last, int FirstGlyph);

    // A code point listed twice keeps its first glyph; the second glyph is drawn but has no cmap entry.
    private static List<Range> Ranges(IReadOnlyList<CharGlyph> characters)
    {
        var ranges = new List<Range>();
        for (var i = 0; i < characters.Count; i++)
        {
            var code = characters[i].CodePoint;
            var glyph = i + 1;
            if (ranges.Count > 0 && ranges[^1].Last >= code)
                continue;
            if (ranges.Count > 0 && ranges[^1].Last + 1 == code && ranges[^1].FirstGlyph + (code - ranges[^1].First) == glyph)
                ranges[^1] = ranges[^1] with { Last = code };
            else
                ranges.Add(new Range(code, code, glyph));
        }
        return ranges;
    }

    private static byte[] Format12(List<Range> ranges)
    {
        var table = new byte[16 + 12 * ranges.Count];
        BinaryPrimitives.WriteUInt16BigEndian(table, 12);
        BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(4), table.Length);
        BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(12), ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(16 + 12 * i), ranges[i].First);
            BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(20 + 12 * i), ranges[i].Last);
            BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(24 + 12 * i), ranges[i].FirstGlyph);
        }
        return table;
    }

    // Null when the segments would not fit the format's 16-bit length; format 12 then serves alone.
    private static byte[]? Format4(List<Range> ranges)
    {
        var segments = ranges.Count + 1; // the required final segment 0xFFFF
        var length = 16 + 8 * segments;
        if (length > ushort.MaxValue)
            return null;
        var table = new byte[length];
        var entrySelector = (int)Math.Log2(segments);
        var searchRange = 2 << entrySelector;
        BinaryPrimitives.WriteUInt16BigEndian(table, 4);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), (ushort)(2 * segments));
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(8), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(10), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(12), (ushort)(2 * segments - searchRange));
        var ends = 14;
        var starts = ends + 2 * segments + 2; // after the reserved pad
        var deltas = starts + 2 * segments;   // idRangeOffset (after deltas) stays all zero
        for (var i = 0; i < segments; i++)
        {
            var (first, last, delta) = i < ranges.Count
                ? (ranges[i].First, ranges[i].Last, ranges[i].FirstGlyph - ranges[i].First)
                : (0xFFFF, 0xFFFF, 1); // maps 0xFFFF to glyph 0
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(ends + 2 * i), (ushort)last);
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(starts + 2 * i), (ushort)first);
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(deltas + 2 * i), unchecked((ushort)delta));
        }
        return table;
    }
}
