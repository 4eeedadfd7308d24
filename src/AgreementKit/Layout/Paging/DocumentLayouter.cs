using System.Text.RegularExpressions;
using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Paging;

/// <summary>
/// Measures every block, paginates, then makes headers and footers for the now known page count. Nothing
/// is drawn here, and nothing measured depends on a page number: a contents list reserves a fixed column
/// for them, so one pass gives the final pages and the numbers are filled in when drawing. A paragraph
/// that ends in "：" and introduces a list keeps with its first item, as a heading keeps with its text.
/// </summary>
internal static partial class DocumentLayouter
{
    private const string OutlineAnchorPrefix = "ak-outline-";

    public static DocumentLayout Layout(LayoutDocument document, TextShaper shaper)
    {
        var page = document.Page;
        var width = page.BodyWidth;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var outline = new List<OutlineItem>();
        var blocks = new List<LaidOutBlock>(document.Blocks.Count);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            var anchor = block.Anchor ?? (block.Outline is null ? null : OutlineAnchorPrefix + i);
            if (anchor is not null)
            {
                if (!AnchorName().IsMatch(anchor))
                    throw new ArgumentException($"The anchor '{anchor}' may only use ASCII letters, digits, '-', '_' and '.'.", nameof(document));
                if (block.Anchor is not null && block.Anchor.StartsWith(OutlineAnchorPrefix, StringComparison.Ordinal))
                    throw new ArgumentException($"Anchors starting with '{OutlineAnchorPrefix}' are reserved.", nameof(document));
                if (!anchors.Add(anchor))
                    throw new ArgumentException($"The anchor '{anchor}' is defined twice.", nameof(document));
            }
            if (block.Outline is { } entry)
                outline.Add(new OutlineItem(entry.Title, entry.Level, anchor!));
            blocks.Add(Measure(KeepListIntroduction(document.Blocks, i), shaper, width, anchor));
        }

        var pages = Paginator.Paginate(blocks, page.BodyHeight);
        var destinations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
            foreach (var placement in pages[p].Placements)
                if (placement.First == 0 && placement.Block.Anchor is { } name)
                    destinations[name] = p + 1;
        // A destination is drawn with its block's first unit; a block without units has nowhere to put it.
        if (blocks.FirstOrDefault(b => b.Anchor is not null && !destinations.ContainsKey(b.Anchor)) is { } empty)
            throw new ArgumentException($"The anchor '{empty.Anchor}' is on a {empty.Source.GetType().Name} with nothing to draw.", nameof(document));

        var headers = Decorations(document.Header, pages.Count, shaper, width);
        var footers = Decorations(document.Footer, pages.Count, shaper, width);
        return new DocumentLayout(page, pages, headers, footers, destinations, outline);
    }

    // "乙方应当：" followed by （1）（2）… announces the items; left alone at a page foot it says nothing.
    private static Block KeepListIntroduction(IReadOnlyList<Block> blocks, int index) =>
        blocks[index] is Paragraph { Label: null } lead && !lead.Style.KeepWithNext && lead.Text.TrimEnd().EndsWith('：')
        && index + 1 < blocks.Count && blocks[index + 1] is Paragraph { Label: not null }
            ? lead with { Style = lead.Style with { KeepWithNext = true } }
            : blocks[index];

    private static LaidOutBlock Measure(Block block, TextShaper shaper, float width, string? anchor)
    {
        var measured = MeasureBlock(block, shaper, width, anchor);
        if (block.AloneNote is { } note)
            measured.AloneNote = ParagraphLayouter.Layout(note, shaper, width);
        return measured;
    }

    private static LaidOutBlock MeasureBlock(Block block, TextShaper shaper, float width, string? anchor) => block switch
    {
        Paragraph paragraph => ParagraphLayouter.Layout(paragraph, shaper, width, anchor),
        Table table => TableLayout.Create(table, shaper, width, anchor),
        TableOfContents toc => TocLayout.Create(toc, shaper, width, anchor),
        PageBreak pageBreak => new PageBreakLayout(pageBreak) { Anchor = anchor },
        _ => throw new NotSupportedException($"The layout engine cannot lay out a {block.GetType().Name}."),
    };

    private static List<IReadOnlyList<ParagraphLayout>> Decorations(PageDecoration? decoration, int pageCount, TextShaper shaper, float width)
    {
        var result = new List<IReadOnlyList<ParagraphLayout>>(pageCount);
        for (var p = 1; p <= pageCount; p++)
        {
            var paragraphs = decoration?.Invoke(p, pageCount) ?? [];
            result.Add(paragraphs.Select(paragraph => ParagraphLayouter.Layout(paragraph, shaper, width)).ToList());
        }
        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex AnchorName();
}
