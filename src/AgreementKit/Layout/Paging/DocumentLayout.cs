using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Paging;

/// <summary>
/// A document measured and paginated, ready to draw: the body of each page, each page's header and footer
/// (made once the page count was known), the page each destination landed on, and the bookmarks.
/// </summary>
internal sealed record DocumentLayout(
    PageSetup Page,
    IReadOnlyList<PageLayout> Pages,
    IReadOnlyList<IReadOnlyList<ParagraphLayout>> Headers,
    IReadOnlyList<IReadOnlyList<ParagraphLayout>> Footers,
    IReadOnlyDictionary<string, int> DestinationPages,
    IReadOnlyList<OutlineItem> Outline)
{
    /// <summary>Each page's text as it is drawn, line by line: header, body, footer.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PageLines() =>
        Pages.Select((page, i) => (IReadOnlyList<string>)
            [.. Lines(Headers[i]), .. page.Placements.SelectMany(BodyLines), .. Lines(Footers[i])]).ToList();

    private static IEnumerable<string> Lines(IEnumerable<ParagraphLayout> paragraphs) =>
        paragraphs.SelectMany(p => p.Lines.Select(l => l.Text));

    private static IEnumerable<string> BodyLines(Placement placement) => placement.Block switch
    {
        ParagraphLayout p => p.Lines.Skip(placement.First).Take(placement.End - placement.First)
            .Select((l, i) => placement.First + i == 0 && p.Label is not null ? p.Label.Run.Text + l.Text : l.Text),
        TableLayout t => t.Lines(placement.First, placement.End),
        _ => [],
    };
}
