using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// Adds unsigned signature fields to a finished PDF through an incremental update: an AcroForm whose
/// fields are named by their dotted names (sig.company is the terminal field company under the field sig,
/// since a field name part may hold no period), one widget per field on its page, each with the print flag
/// and an empty appearance stream, as PDF/A-2 asks of every annotation. Nothing is drawn: the page already
/// shows the signing line; the field tells a PDF reader or an e-signature service where to sign.
/// </summary>
internal static partial class PdfSignatureFields
{
    // Annotation flag 3 (Print): PDF/A wants every annotation printed, none hidden.
    private const int PrintFlag = 4;

    public static void AddTo(PdfUpdate update, IReadOnlyList<PlacedSignatureField> fields)
    {
        if (fields.Count == 0)
            return;
        var catalog = update.Object(update.Root);
        if (catalog.Contains("/AcroForm", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF already has a form.");
        var duplicate = fields.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"The signature field '{duplicate.Key}' is placed twice.");

        var pages = update.Pages();
        var root = new FieldNode(string.Empty, null);
        foreach (var field in fields)
        {
            var node = root;
            foreach (var part in field.Name.Split('.'))
            {
                if (!FieldNamePart().IsMatch(part))
                    throw new InvalidOperationException($"The signature field name '{field.Name}' needs parts of ASCII letters, digits, '-' and '_' joined by periods.");
                node = node.Child(part);
            }

            if (node.Field is not null || node.Children.Count > 0)
                throw new InvalidOperationException($"The signature field name '{field.Name}' clashes with another field's name.");
            node.Field = field;
        }

        foreach (var node in root.Descendants())
            node.Number = update.Reserve();

        var widgetsByPage = new SortedDictionary<int, List<int>>();
        foreach (var node in root.Descendants())
        {
            if (node.Field is not { } field)
            {
                update.Set(node.Number, $"<</T ({node.Part}){ParentEntry(node)}\n/Kids [{References(node.Children)}]>>");
                continue;
            }

            if (field.Page < 0 || field.Page >= pages.Count)
                throw new InvalidOperationException($"The signature field '{field.Name}' is on page {field.Page + 1} of {pages.Count}.");
            var page = pages[field.Page];
            var rect = PdfRect(update.Object(page), field);
            var appearance = update.Add(Appearance(rect));
            update.Set(node.Number, Widget(node, field, page, rect, appearance));
            if (!widgetsByPage.TryGetValue(page, out var list))
                widgetsByPage[page] = list = [];
            list.Add(node.Number);
        }

        foreach (var (page, widgets) in widgetsByPage)
            AddAnnotations(update, page, widgets);
        update.AddEntries(update.Root, $"/AcroForm <</Fields [{References(root.Children)}]\n/SigFlags 1>>");
    }

    private static string Widget(FieldNode node, PlacedSignatureField field, int page, float[] rect, int appearance)
    {
        var d = new StringBuilder("<</Type /Annot\n/Subtype /Widget\n/FT /Sig\n");
        d.Append("/T (").Append(node.Part).Append(')');
        if (field.Description is { Length: > 0 } description) d.Append("\n/TU ").Append(PdfSyntax.Utf16(description));
        d.Append(ParentEntry(node));
        d.Append("\n/P ").Append(page.ToString(CultureInfo.InvariantCulture)).Append(" 0 R");
        d.Append("\n/Rect [").Append(string.Join(' ', rect.Select(PdfSyntax.Number))).Append(']');
        d.Append("\n/F ").Append(PrintFlag.ToString(CultureInfo.InvariantCulture));
        d.Append("\n/AP <</N ").Append(appearance.ToString(CultureInfo.InvariantCulture)).Append(" 0 R>>>>");
        return d.ToString();
    }

    // An empty form XObject the size of the widget: the field shows nothing until it is signed.
    private static string Appearance(float[] rect) =>
        $"<</Type /XObject\n/Subtype /Form\n/BBox [0 0 {PdfSyntax.Number(rect[2] - rect[0])} {PdfSyntax.Number(rect[3] - rect[1])}]\n/Resources <<>>\n/Length 0>>\nstream\n\nendstream";

    // Layout coordinates run down from the page's top; PDF user space runs up from the media box's bottom.
    private static float[] PdfRect(string page, PlacedSignatureField field)
    {
        var box = MediaBox().Match(page);
        if (!box.Success)
            throw new InvalidOperationException("A page of the PDF has no /MediaBox.");
        var bottom = float.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture);
        var top = float.Parse(box.Groups[4].Value, CultureInfo.InvariantCulture);
        var left = float.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture);
        var a = field.Area;
        var height = top - bottom;
        return [left + a.Left, bottom + height - a.Bottom, left + a.Right, bottom + height - a.Top];
    }

    private static void AddAnnotations(PdfUpdate update, int page, List<int> widgets)
    {
        var body = update.Object(page);
        var refs = References(widgets);
        var inline = AnnotsArray().Match(body);
        if (inline.Success)
        {
            update.Set(page, body[..(inline.Index + inline.Length - 1)] + " " + refs + body[(inline.Index + inline.Length - 1)..]);
            return;
        }

        if (PdfUpdate.Reference(body, "Annots") is { } array)
        {
            var list = update.Object(array).TrimEnd();
            if (!list.EndsWith(']'))
                throw new InvalidOperationException($"The annotations of page object {page} are not an array.");
            update.Set(array, list[..^1] + " " + refs + "]");
            return;
        }

        update.AddEntries(page, $"/Annots [{refs}]");
    }

    private static string ParentEntry(FieldNode node) =>
        node.Parent is { Part.Length: > 0 } parent ? $"\n/Parent {parent.Number} 0 R" : string.Empty;

    private static string References(IEnumerable<FieldNode> nodes) => References(nodes.Select(n => n.Number));

    private static string References(IEnumerable<int> numbers) => string.Join(' ', numbers.Select(n => $"{n} 0 R"));

    [GeneratedRegex(@"^[A-Za-z0-9_-]+$")]
    private static partial Regex FieldNamePart();

    [GeneratedRegex(@"/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/Annots\s*\[[^\]]*\]")]
    private static partial Regex AnnotsArray();

    /// <summary>A level of the field tree: non-terminal fields hold kids, terminal ones a placed field.</summary>
    private sealed class FieldNode(string part, FieldNode? parent)
    {
        public string Part { get; } = part;

        public FieldNode? Parent { get; } = parent;

        public List<FieldNode> Children { get; } = [];

        public PlacedSignatureField? Field { get; set; }

        public int Number { get; set; }

        public FieldNode Child(string part)
        {
            var child = Children.FirstOrDefault(c => c.Part == part);
            if (child is not null)
                return child;
            if (Field is not null)
                throw new InvalidOperationException($"The signature field '{Field.Name}' cannot also hold other fields.");
            child = new FieldNode(part, this);
            Children.Add(child);
            return child;
        }

        // Depth first, in the order fields were first named: the same numbering on every run.
        public IEnumerable<FieldNode> Descendants()
        {
            foreach (var child in Children)
            {
                yield return child;
                foreach (var descendant in child.Descendants())
                    yield return descendant;
            }
        }
    }
}
