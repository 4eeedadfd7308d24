using AgreementKit.Layout.Canvas;
using System.Buffers.Binary;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>
/// The hmtx table: an advance and left side bearing per glyph, where glyphs after the last long metric
/// share its advance (monospaced runs of CJK fonts).
/// </summary>
internal readonly ref struct HorizontalMetrics
{
    private readonly ReadOnlySpan<byte> _hmtx;
    private readonly int _longMetrics;

    public HorizontalMetrics(ReadOnlySpan<byte> hmtx, int longMetrics, int glyphCount)
    {
        if (longMetrics < 1 || longMetrics > glyphCount || hmtx.Length < 4 * longMetrics + 2 * (glyphCount - longMetrics))
            throw new FontFormatException("hmtx does not match hhea and maxp");
        _hmtx = hmtx;
        _longMetrics = longMetrics;
    }

    /// <summary>
    /// An hmtx table with a long metric for every glyph of the new order; glyphs 1 to
    /// <paramref name="trimmed"/> advance <paramref name="narrower"/> units less and have their left side
    /// bearing moved by <paramref name="shift"/>.
    /// </summary>
    public byte[] Build(IReadOnlyList<ushort> order, int trimmed = 0, int narrower = 0, int shift = 0)
    {
        var table = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var (advance, bearing) = Metric(order[i]);
            if (i >= 1 && i <= trimmed)
                (advance, bearing) = ((ushort)Math.Max(0, advance - narrower), (short)(bearing + shift));
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(table.AsSpan(4 * i + 2), bearing);
        }
        return table;
    }

    private (ushort Advance, short Bearing) Metric(int glyph) => glyph < _longMetrics
        ? (FontBytes.U16(_hmtx, 4 * glyph), FontBytes.S16(_hmtx, 4 * glyph + 2))
        : (FontBytes.U16(_hmtx, 4 * (_longMetrics - 1)), FontBytes.S16(_hmtx, 4 * _longMetrics + 2 * (glyph - _longMetrics)));
}
