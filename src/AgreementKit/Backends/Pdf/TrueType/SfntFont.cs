using AgreementKit.Layout.Canvas;
namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>
/// The table directory of one face of an OpenType file or collection (.ttc): where each table lies.
/// Only offsets are kept, so the bytes stay wherever the caller holds them (Skia's native copy).
/// </summary>
internal sealed class SfntFont
{
    private readonly Dictionary<string, (int Offset, int Length)> _tables;

    private SfntFont(Dictionary<string, (int Offset, int Length)> tables) => _tables = tables;

    /// <summary>True when the outlines are TrueType (glyf/loca), the kind this code can subset.</summary>
    public bool HasTrueTypeOutlines => _tables.ContainsKey("glyf") && _tables.ContainsKey("loca");

    public bool Has(string tag) => _tables.ContainsKey(tag);

    /// <summary>The bytes of a table, or an empty span when the face has no such table.</summary>
    public ReadOnlySpan<byte> Table(ReadOnlySpan<byte> file, string tag) =>
        _tables.TryGetValue(tag, out var t) ? file.Slice(t.Offset, t.Length) : default;

    /// <summary>Reads the directory of face <paramref name="index"/>; throws <see cref="FontFormatException"/> when malformed.</summary>
    public static SfntFont Read(ReadOnlySpan<byte> file, int index)
    {
        var start = 0;
        if (file.Length >= 12 && file[..4].SequenceEqual("ttcf"u8))
        {
            var count = FontBytes.U32(file, 8);
            if (index < 0 || index >= count)
                throw new FontFormatException($"the collection has {count} faces, not face {index}");
            start = FontBytes.Offset(file, 12 + 4 * index);
        }
        else if (index != 0)
            throw new FontFormatException($"a single font has no face {index}");

        var numTables = FontBytes.U16(file, start + 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = start + 12 + 16 * i;
            var tag = System.Text.Encoding.ASCII.GetString(FontBytes.Slice(file, record, 4));
            var offset = FontBytes.Offset(file, record + 8);
            var length = FontBytes.Offset(file, record + 12);
            FontBytes.Slice(file, offset, length); // bounds check
            tables[tag] = (offset, length);
        }
        return new SfntFont(tables);
    }
}
