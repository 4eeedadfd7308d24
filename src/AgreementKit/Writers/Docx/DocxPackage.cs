using System.IO.Compression;
using System.Text;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Writes the parts of a WordprocessingML package straight into one ZIP archive, with the bytes
/// System.IO.Packaging would give them but none of its cost: Packaging compresses every part, and making
/// its archive deterministic (entry times, order) meant inflating and compressing everything a second
/// time. Here each part is compressed once, at deflate's fastest level. Entries get one fixed time and a fixed order
/// ([Content_Types].xml first, as some readers expect, then _rels/.rels, then the rest by ordinal name),
/// so the same parts give the same bytes.
/// </summary>
internal sealed class DocxPackage
{
    /// <summary>1980-01-01, the earliest time a ZIP entry can hold.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Packaging writes its own XML (content types, relationships) with a byte-order mark; the SDK's parts have none.
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Deflate at its fastest level: on the sales agreement 0.23 ms and 36 KB against 1.14 ms and 27 KB at
    /// Optimal (bench --stages), which was a third of a DOCX's time. A few KB more per file is the better
    /// trade for documents made by the thousand.
    /// </summary>
    private const CompressionLevel Compression = CompressionLevel.Fastest;

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly List<(string Name, Action<Stream> Write)> _parts = [];
    private readonly StringBuilder _overrides = new();
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = new(StringComparer.Ordinal);

    /// <summary>The content type of .xml parts without an override: the main document's, as Packaging sets it.</summary>
    public required string DefaultXmlType { get; init; }

    /// <summary>Adds a part; <paramref name="contentType"/> null means the default type for .xml.</summary>
    public void Add(string name, string? contentType, Action<Stream> write)
    {
        _parts.Add((name, write));
        if (contentType is not null)
            _overrides.Append("<Override PartName=\"/").Append(name).Append("\" ContentType=\"").Append(contentType).Append("\" />");
    }

    /// <summary>Adds a part whose bytes are known.</summary>
    public void Add(string name, string? contentType, byte[] bytes) => Add(name, contentType, s => s.Write(bytes));

    /// <summary>
    /// A relationship from <paramref name="source"/> (a part name, or "" for the package) to
    /// <paramref name="target"/>; <paramref name="type"/> is relative to the officeDocument relationships
    /// namespace unless it is a whole URI.
    /// </summary>
    public void Relate(string source, string id, string type, string target)
    {
        if (!_relationships.TryGetValue(source, out var list)) _relationships[source] = list = [];
        list.Add((id, type.Contains(':') ? type : RelationshipType + type, "/" + target));
    }

    public void WriteTo(Stream output)
    {
        var entries = new List<(string Name, Action<Stream> Write)>(_parts);
        foreach (var (source, list) in _relationships)
        {
            var name = source.Length == 0 ? "_rels/.rels" : RelsName(source);
            var xml = Relationships(list);
            entries.Add((name, s => s.Write(xml)));
        }

        var types = ContentTypes();
        entries.Add(("[Content_Types].xml", s => s.Write(types)));
        entries.Sort((a, b) => Rank(a.Name) != Rank(b.Name) ? Rank(a.Name) - Rank(b.Name) : string.CompareOrdinal(a.Name, b.Name));

        using var buffer = new MemoryStream();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, write) in entries)
        {
            var entry = zip.CreateEntry(name, Compression);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            // One write of the whole part: zlib-ng's output depends on how its input is cut into writes,
            // and a part written whole gives the bytes earlier versions wrote (resume compares files).
            buffer.SetLength(0);
            write(new KeptOpen(buffer));
            stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    private static string RelsName(string part)
    {
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    private static byte[] Relationships(List<(string Id, string Type, string Target)> list)
    {
        var xml = new StringBuilder(Declaration).Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (var (id, type, target) in list)
            xml.Append("<Relationship Type=\"").Append(type).Append("\" Target=\"").Append(target).Append("\" Id=\"").Append(id).Append("\" />");
        return WithBom(xml.Append("</Relationships>"));
    }

    private byte[] ContentTypes() => WithBom(new StringBuilder(Declaration)
        .Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .Append("<Default Extension=\"xml\" ContentType=\"").Append(DefaultXmlType).Append("\" />")
        .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />")
        .Append(_overrides).Append("</Types>"));

    private static byte[] WithBom(StringBuilder xml) => [.. Bom, .. Encoding.UTF8.GetBytes(xml.ToString())];

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };

    /// <summary>Passes writes on; disposing it leaves the buffer open (XmlWriter closes what it writes to).</summary>
    private sealed class KeptOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
