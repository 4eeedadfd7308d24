using AgreementKit.Layout.Canvas;
using System.Buffers.Binary;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>Assembles TrueType tables into a font file: sorted directory, checksums, 4-byte alignment.</summary>
internal static class SfntWriter
{
    /// <summary>Writes the tables; a head table gets its checksumAdjustment computed.</summary>
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Log2(count);
        var searchRange = 16 << entrySelector;
        var headerLength = 12 + 16 * count;
        var length = headerLength + tables.Values.Sum(t => Padded(t.Length));
        var font = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(16 * count - searchRange));

        var record = 12;
        var offset = headerLength;
        var headOffset = -1;
        foreach (var (tag, data) in tables) // SortedDictionary with ordinal comparer: tags ascending
        {
            System.Text.Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteInt32BigEndian(font.AsSpan(record + 8), offset);
            BinaryPrimitives.WriteInt32BigEndian(font.AsSpan(record + 12), data.Length);
            data.CopyTo(font, offset);
            if (tag == "head")
                headOffset = offset;
            record += 16;
            offset += Padded(data.Length);
        }
        if (headOffset >= 0)
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }
        return sum;
    }
}
