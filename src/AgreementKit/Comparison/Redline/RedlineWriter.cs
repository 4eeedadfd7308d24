using AgreementKit.Comparison.Text;
using AgreementKit.Model;
using AgreementKit.Writers.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Comparison.Redline;

/// <summary>
/// Writes a comparison as a DOCX with real tracked changes. Both agreements are laid out by the ordinary
/// DOCX writer — cover, contents, body, signature table — and their paragraphs are paired by what they
/// show: the same cover fact, or the same node by the comparison's matching (identity first). Pairs in
/// the same order are compared character by character; a pair out of order is a move (<c>w:moveFrom</c>
/// at the old place, <c>w:moveTo</c> at the new); the rest are deleted or inserted whole, paragraph mark
/// included. So Accept All gives exactly the new agreement's text and Reject All exactly the old one's.
/// Revisions are by "AgreementKit", dated the new agreement's sign date.
/// </summary>
internal static class RedlineWriter
{
    public static void Write(AgreementComparison comparison, Stream output, DocxOptions options)
    {
        options.Validate();
        var (old, @new) = (comparison.Old, comparison.New);
        var marks = new RevisionMarks(@new.Metadata.Timestamp?.UtcDateTime);
        var oldElements = DocxWriter.Elements(old, options);
        var newElements = DocxWriter.Elements(@new, options);
        var oldKeys = Keys(oldElements, Translator(old, comparison.Matching));
        var newKeys = Keys(newElements, tag => tag);

        var table = new TokenTable();
        var script = MyersDiff.Diff([.. oldKeys.Select(k => table[k])], [.. newKeys.Select(k => table[k])]);
        var oldIndex = oldKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var newIndex = newKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var moves = new Dictionary<string, string>(StringComparer.Ordinal);

        var body = new Body();
        int i = 0, j = 0;
        foreach (var step in script)
        {
            for (var n = 0; n < step.Count; n++)
            {
                switch (step.Operation)
                {
                    case DiffOperation.Equal:
                        Append(body, Changed(oldElements[i++].Element, newElements[j++].Element, marks));
                        break;
                    case DiffOperation.Delete:
                        var gone = oldElements[i];
                        Append(body, newIndex.TryGetValue(oldKeys[i], out var to) && Movable(gone.Element, newElements[to].Element)
                            ? [RedlineParagraph.MovedFrom((Paragraph)gone.Element, (Paragraph)newElements[to].Element, Move(moves, oldKeys[i], marks), marks)]
                            : Whole(gone.Element, Mark.Delete, marks));
                        i++;
                        break;
                    default:
                        var come = newElements[j];
                        Append(body, oldIndex.TryGetValue(newKeys[j], out var from) && Movable(oldElements[from].Element, come.Element)
                            ? [RedlineParagraph.MovedTo((Paragraph)oldElements[from].Element, (Paragraph)come.Element, Move(moves, newKeys[j], marks), marks)]
                            : Whole(come.Element, Mark.Insert, marks));
                        j++;
                        break;
                }
            }
        }

        LibreOfficeEnds(body);
        RenumberBookmarks(body, marks);
        body.Append(PageLayout.Section());
        DocxWriter.WritePackage(@new, body, options, record: null, output);
    }

    /// <summary>A key per element: its tag, old node ids translated to the new node they match, made unique by occurrence.</summary>
    private static List<string> Keys(IReadOnlyList<TaggedElement> elements, Func<string, string> translate)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return elements.Select(e =>
        {
            var key = translate(e.Tag);
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            return n == 1 ? key : $"{key}#{n}";
        }).ToList();
    }

    private static Func<string, string> Translator(Agreement old, NodeMatching matching)
    {
        var nodes = new Dictionary<string, AgreementNode>(StringComparer.Ordinal);
        foreach (var node in old.Preamble.Cast<AgreementNode>().Concat(old.Sections.SelectMany(s =>
            new AgreementNode[] { s }.Concat(s.Blocks).Concat(s.Clauses.SelectMany(c => new AgreementNode[] { c }.Concat(c.Content))))))
            nodes.TryAdd(node.Id, node);

        return tag =>
        {
            var prefix = tag.StartsWith("n:", StringComparison.Ordinal) ? "n:" : tag.StartsWith("toc:", StringComparison.Ordinal) ? "toc:" : null;
            if (prefix is null) return tag;
            var rest = tag[prefix.Length..];
            var hash = rest.IndexOf('#', StringComparison.Ordinal);
            var id = hash < 0 ? rest : rest[..hash];
            var suffix = hash < 0 ? "" : rest[hash..];
            // An old node with no match keeps a key the new agreement cannot have.
            return nodes.TryGetValue(id, out var node) && matching.NewOf(node) is { } match ? prefix + match.Id + suffix : "old:" + tag;
        };
    }

    private static IEnumerable<OpenXmlElement> Changed(OpenXmlElement old, OpenXmlElement @new, RevisionMarks marks)
    {
        if (old.OuterXml == @new.OuterXml) return [@new.CloneNode(deep: true)];
        return (old, @new) switch
        {
            (Paragraph a, Paragraph b) => [RedlineParagraph.Changed(a, b, marks)],
            (Table a, Table b) => RedlineTable.Changed(a, b, marks),
            _ => [.. Whole(old, Mark.Delete, marks), .. Whole(@new, Mark.Insert, marks)],
        };
    }

    private static IEnumerable<OpenXmlElement> Whole(OpenXmlElement element, Mark mark, RevisionMarks marks) => element switch
    {
        Paragraph p => [RedlineParagraph.Whole(p, mark, marks)],
        Table t => [RedlineTable.Whole(t, mark, marks)],
        _ => throw new InvalidOperationException($"the redline has no case for a {element.LocalName} in the body"),
    };

    // Paragraphs move; a table out of order is deleted and inserted.
    private static bool Movable(OpenXmlElement old, OpenXmlElement @new) => old is Paragraph && @new is Paragraph;

    private static string Move(Dictionary<string, string> moves, string key, RevisionMarks marks)
    {
        if (!moves.TryGetValue(key, out var name)) moves[key] = name = marks.NewMove();
        return name;
    }

    private static void Append(Body body, IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements) body.AppendChild(element);
    }

    /// <summary>
    /// LibreOffice (7.x) reads a tracked run that ends a paragraph as reaching over the paragraph mark when
    /// the next paragraph is tracked the same way, and then Reject All (or Accept All) joins the two
    /// paragraphs. A replacement at the end of a paragraph is therefore written with the revision of the
    /// other kind last: insertion then deletion before an inserted paragraph, deletion then insertion
    /// before a deleted one. Word reads both orders alike.
    /// </summary>
    private static void LibreOfficeEnds(Body body)
    {
        foreach (var paragraph in body.Elements<Paragraph>())
        {
            if (paragraph.NextSibling() is not Paragraph next || paragraph.LastChild is not { } last || last.PreviousSibling() is not { } before) continue;
            var nextMark = next.ParagraphProperties?.ParagraphMarkRunProperties;
            var swap = (last, before) switch
            {
                (InsertedRun, DeletedRun) => nextMark?.GetFirstChild<Inserted>() is not null,
                (DeletedRun, InsertedRun) => nextMark?.GetFirstChild<Deleted>() is not null,
                _ => false,
            };
            if (swap)
            {
                before.Remove();
                paragraph.AppendChild(before);
            }
        }
    }

    // Bookmarks come from the new agreement only, so names are unique; ids are renumbered after the revisions'.
    private static void RenumberBookmarks(Body body, RevisionMarks marks)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in body.Descendants().Where(e => e is BookmarkStart or BookmarkEnd).ToList())
        {
            var id = element switch { BookmarkStart s => s.Id!.Value!, BookmarkEnd e => e.Id!.Value!, _ => "" };
            if (!ids.TryGetValue(id, out var renumbered)) ids[id] = renumbered = marks.NextId();
            if (element is BookmarkStart start) start.Id = renumbered;
            else ((BookmarkEnd)element).Id = renumbered;
        }
    }
}
