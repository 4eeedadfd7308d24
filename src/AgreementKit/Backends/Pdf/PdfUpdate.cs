using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// An incremental update of a finished PDF (PDF 32000-1 §7.5.6): new objects and new versions of
/// existing ones (same object number), an xref section for just those, and a trailer whose /Prev points at
/// the previous xref. The original bytes are untouched and the update is a function of its input, so the
/// file stays deterministic. The outline, signature fields and attachments are added this way to both
/// writers' files (Skia has no outline or form API).
/// </summary>
internal sealed partial class PdfUpdate
{
    private readonly byte[] _pdf;
    private readonly TrailerInfo _trailer;
    private readonly SortedDictionary<int, string> _objects = [];
    private Dictionary<int, int>? _offsets;
    private int _size;

    public PdfUpdate(byte[] pdf)
    {
        _pdf = pdf;
        _trailer = ReadTrailer(pdf);
        _size = _trailer.Size;
    }

    /// <summary>The catalog's object number.</summary>
    public int Root => _trailer.Root;

    /// <summary>The dictionary of an object: its version in this update, else the file's.</summary>
    public string Object(int number) => _objects.TryGetValue(number, out var body) ? body : FileObject(number);

    /// <summary>A new object number, for an object written later with <see cref="Set"/>.</summary>
    public int Reserve() => _size++;

    /// <summary>Writes (or rewrites) an object.</summary>
    public void Set(int number, string body) => _objects[number] = body;

    /// <summary>Adds an object and returns its number.</summary>
    public int Add(string body)
    {
        var number = Reserve();
        Set(number, body);
        return number;
    }

    /// <summary>Adds entries (e.g. <c>/Outlines 12 0 R</c>) to the end of an object's dictionary.</summary>
    public void AddEntries(int number, string entries)
    {
        var body = Object(number).TrimEnd();
        if (!body.EndsWith(">>", StringComparison.Ordinal))
            throw new InvalidOperationException($"Object {number} is not a dictionary.");
        Set(number, body[..^2] + "\n" + entries + ">>");
    }

    /// <summary>The page objects in page order, read from the page tree.</summary>
    public IReadOnlyList<int> Pages()
    {
        var pages = new List<int>();
        var root = Reference(Object(Root), "Pages") ?? throw new InvalidOperationException("The PDF catalog has no page tree.");
        Collect(root, pages, 0);
        return pages;
    }

    /// <summary>The bytes to append to the PDF (empty when nothing changed).</summary>
    public byte[] ToBytes()
    {
        if (_objects.Count == 0)
            return [];
        var update = new StringBuilder();
        if (_pdf[^1] != (byte)'\n') update.Append('\n');
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = _pdf.Length + update.Length;
            update.Append(number.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        var xrefOffset = _pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (first, count) in Subsections(offsets.Keys))
        {
            update.Append(CultureInfo.InvariantCulture, $"{first} {count}\n");
            for (var n = first; n < first + count; n++)
                update.Append(offsets[n].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {_size}\n/Root {_trailer.Root} 0 R");
        if (_trailer.Info is not null) update.Append("\n/Info ").Append(_trailer.Info);
        if (_trailer.Id is not null) update.Append("\n/ID ").Append(_trailer.Id);
        update.Append(CultureInfo.InvariantCulture, $"\n/Prev {_trailer.StartXref}>>\nstartxref\n{xrefOffset}\n%%EOF\n");

        // Text strings are hex and everything else is ASCII, so the update is pure ASCII (Latin-1 keeps any byte).
        return PdfBytes.FromText(update.ToString());
    }

    /// <summary>The object a dictionary entry refers to (<c>/Key 12 0 R</c>), or null.</summary>
    public static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private void Collect(int node, List<int> pages, int depth)
    {
        if (depth > 64)
            throw new InvalidOperationException("The PDF page tree is too deep.");
        var body = Object(node);
        if (PageType().IsMatch(body))
        {
            pages.Add(node);
            return;
        }

        var kids = KidsArray().Match(body);
        if (!kids.Success)
            throw new InvalidOperationException($"Page tree node {node} has no /Kids.");
        foreach (Match kid in ObjectReference().Matches(kids.Groups[1].Value))
            Collect(int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
    }

    /// <summary>The body of object <paramref name="number"/> in the file, found through the xref table.</summary>
    private string FileObject(int number)
    {
        var offsets = _offsets ??= ReadXref(_pdf, _trailer.StartXref);
        if (!offsets.TryGetValue(number, out var at))
            throw new InvalidOperationException($"Object {number} is not in the PDF's xref table.");
        var span = _pdf.AsSpan();
        var header = Encoding.ASCII.GetBytes($"{number} 0 obj");
        if (at < 0 || at >= span.Length || !span[at..].StartsWith(header))
            throw new InvalidOperationException($"The xref table does not point at object {number}.");
        var body = at + header.Length;
        while (body < span.Length && span[body] is (byte)'\n' or (byte)'\r' or (byte)' ') body++;
        var end = span[body..].IndexOf("endobj"u8);
        if (end < 0)
            throw new InvalidOperationException($"Object {number} has no end in the PDF.");
        return PdfBytes.ToText(_pdf[body..(body + end)]).TrimEnd();
    }

    // A classic xref section: subsections of "first count" then 20-byte entries, up to the trailer.
    private static Dictionary<int, int> ReadXref(byte[] pdf, int offset)
    {
        var text = PdfBytes.ToText(pdf[offset..]);
        if (!text.StartsWith("xref", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF has no classic xref table.");
        var offsets = new Dictionary<int, int>();
        var lines = text.Split('\n');
        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var head = lines[i++].Trim().Split(' ');
            var first = int.Parse(head[0], CultureInfo.InvariantCulture);
            var count = int.Parse(head[1], CultureInfo.InvariantCulture);
            for (var n = 0; n < count; n++, i++)
                if (lines[i].Length >= 17 && lines[i][17] == 'n')
                    offsets[first + n] = int.Parse(lines[i][..10], CultureInfo.InvariantCulture);
        }

        return offsets;
    }

    private static IEnumerable<(int First, int Count)> Subsections(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is not null && n == first + count)
            {
                count++;
                continue;
            }

            if (first is not null) yield return (first.Value, count);
            first = n;
            count = 1;
        }

        if (first is not null) yield return (first.Value, count);
    }

    private static TrailerInfo ReadTrailer(byte[] pdf)
    {
        // The trailer is at the end; only that part is read as text.
        var start = pdf.AsSpan().LastIndexOf("trailer"u8);
        var tail = PdfBytes.ToText(pdf[Math.Max(0, start)..]);
        var startXref = StartXref().Matches(tail);
        var trailer = TrailerDictionary().Matches(tail);
        if (startXref.Count == 0 || trailer.Count == 0)
            throw new InvalidOperationException("The PDF has no classic trailer.");
        var dict = trailer[^1].Groups[1].Value;
        int Value(string key) => int.Parse(Regex.Match(dict, $@"/{key} (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var info = Regex.Match(dict, @"/Info (\d+ \d+ R)");
        var id = Regex.Match(dict, @"/ID (\[[^\]]*\])");
        return new TrailerInfo(
            Value("Size"),
            Value("Root"),
            info.Success ? info.Groups[1].Value : null,
            id.Success ? id.Groups[1].Value : null,
            int.Parse(startXref[^1].Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerDictionary();

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsArray();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ObjectReference();

    private sealed record TrailerInfo(int Size, int Root, string? Info, string? Id, int StartXref);
}
