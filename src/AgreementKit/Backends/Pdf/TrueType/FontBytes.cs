using AgreementKit.Layout.Canvas;
using System.Buffers.Binary;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>Big-endian reads that fail with <see cref="FontFormatException"/> instead of running off the data.</summary>
internal static class FontBytes
{
    public static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int offset, int length) =>
        offset >= 0 && length >= 0 && (long)offset + length <= data.Length
            ? data.Slice(offset, length)
            : throw new FontFormatException($"{length} bytes at offset {offset} lie outside the {data.Length}-byte data");

    public static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(Slice(data, offset, 2));

    public static short S16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(Slice(data, offset, 2));

    public static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(Slice(data, offset, 4));

    /// <summary>A 32-bit offset or length, which must fit an int to index a span.</summary>
    public static int Offset(ReadOnlySpan<byte> data, int offset)
    {
        var value = U32(data, offset);
        return value <= int.MaxValue ? (int)value : throw new FontFormatException($"offset {value} is too large");
    }
}
