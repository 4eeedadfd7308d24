using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>One line of the contents: the heading as printed, the bookmark it links to, its level (1 or 2).</summary>
internal sealed record ContentsEntry(string Text, string Anchor, int Level)
{
    /// <summary>The identity of the section or clause the entry lists.</summary>
    public string NodeId { get; init; } = "";

    /// <summary>
    /// The sections the text writer lists (<see cref="DocumentLabels.InContents"/>) and, at depth 2, their
    /// clauses, in document order.
    /// </summary>
    public static IReadOnlyList<ContentsEntry> For(Agreement agreement, HeadingAnchors anchors, int depth)
    {
        var entries = new List<ContentsEntry>();
        foreach (var section in agreement.Sections.Where(DocumentLabels.InContents))
        {
            entries.Add(new ContentsEntry(section.Heading, anchors[section], 1) { NodeId = section.Id });
            if (depth < 2) continue;
            entries.AddRange(section.Clauses.Select(c => new ContentsEntry(c.Heading, anchors[c], 2) { NodeId = c.Id }));
        }

        return entries;
    }
}
