using AgreementKit.Layout.Paging;
using AgreementKit.Layout.Canvas;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// Adds bookmarks to a finished Skia PDF. Skia has no outline API, so this appends an incremental update
/// (PDF 32000-1 §7.5.6): the outline objects, a new version of the catalog (same object number) that
/// points at them and opens the bookmarks pane, an xref section for just those objects, and a trailer whose
/// /Prev points at Skia's xref. The original bytes are untouched; the output is a function of the input.
/// </summary>
internal static partial class PdfOutline
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<OutlineItem> items) => [.. pdf, .. Update(pdf, items)];

    /// <summary>The bytes to append to <paramref name="pdf"/> (empty without items), so callers can stream them after it.</summary>
    public static byte[] Update(byte[] pdf, IReadOnlyList<OutlineItem> items)
    {
        if (items.Count == 0)
            return [];
        var trailer = Trailer(pdf);
        var catalog = ObjectBody(pdf, trailer.Root);
        if (catalog.Contains("/Outlines", StringComparison.Ordinal) || catalog.Contains("/PageMode", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF already has an outline.");
        if (!catalog.Contains("/Dests", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF has no named destinations for the outline to open.");

        var nodes = BuildTree(items);
        var rootNumber = trailer.Size;
        for (var i = 0; i < nodes.Count; i++)
            nodes[i].Number = rootNumber + 1 + i;

        var objects = new SortedDictionary<int, string>
        {
            [trailer.Root] = catalog.TrimEnd()[..^2] + $"\n/Outlines {rootNumber} 0 R\n/PageMode /UseOutlines>>",
        };
        var top = nodes.Where(n => n.Parent is null).ToList();
        objects[rootNumber] = $"<</Type /Outlines\n/First {top[0].Number} 0 R\n/Last {top[^1].Number} 0 R\n/Count {nodes.Count}>>";
        foreach (var node in nodes)
            objects[node.Number] = ItemDictionary(node, rootNumber);

        var update = new StringBuilder();
        if (pdf[^1] != (byte)'\n') update.Append('\n');
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(number.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }
        var xrefOffset = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (first, count) in Subsections(offsets.Keys))
        {
            update.Append(CultureInfo.InvariantCulture, $"{first} {count}\n");
            for (var n = first; n < first + count; n++)
                update.Append(offsets[n].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        var size = rootNumber + 1 + nodes.Count;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {trailer.Root} 0 R");
        if (trailer.Info is not null) update.Append("\n/Info ").Append(trailer.Info);
        if (trailer.Id is not null) update.Append("\n/ID ").Append(trailer.Id);
        update.Append(CultureInfo.InvariantCulture, $"\n/Prev {trailer.StartXref}>>\nstartxref\n{xrefOffset}\n%%EOF\n");

        // Titles are hex strings and everything else is ASCII, so the update is pure ASCII.
        return Encoding.ASCII.GetBytes(update.ToString());
    }

    private static string ItemDictionary(Node node, int rootNumber)
    {
        var d = new StringBuilder();
        d.Append("<</Title ").Append(HexUtf16(node.Item.Title));
        d.Append("\n/Parent ").Append(node.Parent?.Number ?? rootNumber).Append(" 0 R");
        var siblings = node.Parent?.Children ?? node.TopLevel;
        var index = siblings.IndexOf(node);
        if (index > 0) d.Append("\n/Prev ").Append(siblings[index - 1].Number).Append(" 0 R");
        if (index < siblings.Count - 1) d.Append("\n/Next ").Append(siblings[index + 1].Number).Append(" 0 R");
        if (node.Children.Count > 0)
        {
            d.Append("\n/First ").Append(node.Children[0].Number).Append(" 0 R");
            d.Append("\n/Last ").Append(node.Children[^1].Number).Append(" 0 R");
            d.Append("\n/Count ").Append(node.Descendants);
        }
        d.Append("\n/Dest /").Append(node.Item.Destination).Append(">>");
        return d.ToString();
    }

    // Text strings outside PDFDocEncoding (all CJK) are UTF-16BE with a byte order mark.
    private static string HexUtf16(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private static List<Node> BuildTree(IReadOnlyList<OutlineItem> items)
    {
        var nodes = new List<Node>();
        var topLevel = new List<Node>();
        var open = new List<Node>();
        foreach (var item in items)
        {
            // A level deeper than its predecessor allows hangs under the deepest open item.
            while (open.Count > 0 && open[^1].Item.Level >= item.Level)
                open.RemoveAt(open.Count - 1);
            var node = new Node(item, open.Count > 0 ? open[^1] : null, topLevel);
            (node.Parent?.Children ?? topLevel).Add(node);
            for (var p = node.Parent; p is not null; p = p.Parent)
                p.Descendants++;
            open.Add(node);
            nodes.Add(node);
        }
        return nodes;
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

    /// <summary>The body of object <paramref name="number"/>, found by a byte search (no whole-file copy).</summary>
    internal static string ObjectBody(byte[] pdf, int number)
    {
        var header = Encoding.ASCII.GetBytes($"{number} 0 obj\n");
        var span = pdf.AsSpan();
        int at;
        if (span.StartsWith(header)) at = 0;
        else
        {
            var found = span.IndexOf([(byte)'\n', .. header]);
            if (found < 0) throw new InvalidOperationException($"Object {number} was not found in the PDF.");
            at = found + 1;
        }

        var body = at + header.Length;
        var end = span[body..].IndexOf("\nendobj"u8);
        if (end < 0)
            throw new InvalidOperationException($"Object {number} has no end in the PDF.");
        return PdfBytes.ToText(pdf[body..(body + end)]);
    }

    internal static TrailerInfo Trailer(byte[] pdf)
    {
        // The trailer is at the end; only that part is read as text.
        var start = pdf.AsSpan().LastIndexOf("trailer"u8);
        var tail = PdfBytes.ToText(pdf[Math.Max(0, start)..]);
        var startXref = StartXref().Matches(tail);
        var trailer = TrailerDictionary().Matches(tail);
        if (startXref.Count == 0 || trailer.Count == 0)
            throw new InvalidOperationException("The PDF has no classic trailer.");
        var dict = trailer[^1].Groups[1].Value;
        int Number(string key) => int.Parse(Regex.Match(dict, $@"/{key} (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var info = Regex.Match(dict, @"/Info (\d+ \d+ R)");
        var id = Regex.Match(dict, @"/ID (\[[^\]]*\])");
        return new TrailerInfo(
            Number("Size"),
            Number("Root"),
            info.Success ? info.Groups[1].Value : null,
            id.Success ? id.Groups[1].Value : null,
            int.Parse(startXref[^1].Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"trailer\s*<<(.*?)>>\s*startxref", RegexOptions.Singleline)]
    private static partial Regex TrailerDictionary();

    internal sealed record TrailerInfo(int Size, int Root, string? Info, string? Id, int StartXref);

    private sealed class Node(OutlineItem item, Node? parent, List<Node> topLevel)
    {
        public OutlineItem Item { get; } = item;
        public Node? Parent { get; } = parent;
        public List<Node> TopLevel { get; } = topLevel;
        public List<Node> Children { get; } = [];
        public int Descendants { get; set; }
        public int Number { get; set; }
    }
}
