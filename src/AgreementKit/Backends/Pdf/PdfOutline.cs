using AgreementKit.Layout.Paging;
using System.Text;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// Adds bookmarks to a finished PDF (the direct writer's or Skia's), through an incremental update (<see cref="PdfUpdate"/>): the
/// outline objects, and a catalog that points at them and opens the bookmarks pane.
/// </summary>
internal static class PdfOutline
{
    public static void AddTo(PdfUpdate update, IReadOnlyList<OutlineItem> items)
    {
        if (items.Count == 0)
            return;
        var catalog = update.Object(update.Root);
        if (catalog.Contains("/Outlines", StringComparison.Ordinal) || catalog.Contains("/PageMode", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF already has an outline.");
        if (!catalog.Contains("/Dests", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF has no named destinations for the outline to open.");

        var nodes = BuildTree(items);
        var rootNumber = update.Reserve();
        foreach (var node in nodes)
            node.Number = update.Reserve();

        update.AddEntries(update.Root, $"/Outlines {rootNumber} 0 R\n/PageMode /UseOutlines");
        var top = nodes.Where(n => n.Parent is null).ToList();
        update.Set(rootNumber, $"<</Type /Outlines\n/First {top[0].Number} 0 R\n/Last {top[^1].Number} 0 R\n/Count {nodes.Count}>>");
        foreach (var node in nodes)
            update.Set(node.Number, ItemDictionary(node, rootNumber));
    }

    private static string ItemDictionary(Node node, int rootNumber)
    {
        var d = new StringBuilder();
        d.Append("<</Title ").Append(PdfSyntax.Utf16(node.Item.Title));
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
