using AgreementKit.Model;
using AgreementKit.Writers;
using Paragraph = AgreementKit.Model.Paragraph;

namespace AgreementKit.Comparison;

/// <summary>
/// Lists the parts that differ, in the new agreement's reading order, each removed part placed after
/// the part that preceded it in the old agreement: the cover facts, the preamble, then every section's
/// own text and every clause. The signature block is left out: it prints the parties and the signing
/// facts, which the cover already compares.
/// </summary>
internal static class ChangeList
{
    public static List<AgreementChange> Build(Agreement old, Agreement @new, NodeMatching matching)
    {
        var changes = new List<AgreementChange>();
        var cover = CoverLines(old, @new);
        if (cover.Count > 0) changes.Add(new AgreementChange(ChangeKind.Changed, "cover", "cover", null, null, old.Title, @new.Title, cover));
        var preamble = BlockLines(old.Preamble, @new.Preamble, matching);
        if (preamble.Count > 0) changes.Add(new AgreementChange(ChangeKind.Changed, "preamble", "preamble", null, null, null, null, preamble));

        var oldUnits = Units(old).ToList();
        var newUnits = Units(@new).ToList();
        var movedSections = matching.OutOfOrder(old.Sections, @new.Sections);
        var removedAfter = new Dictionary<AgreementNode, List<AgreementNode>>(ReferenceEqualityComparer.Instance);
        var removedFirst = new List<AgreementNode>();
        AgreementNode? previous = null;
        foreach (var unit in oldUnits)
        {
            if (matching.NewOf(unit) is { } match) previous = match;
            else if (previous is null) removedFirst.Add(unit);
            else
            {
                if (!removedAfter.TryGetValue(previous, out var list)) removedAfter[previous] = list = [];
                list.Add(unit);
            }
        }

        foreach (var unit in removedFirst) Add(changes, Removed(unit));
        foreach (var unit in newUnits)
        {
            Add(changes, matching.OldOf(unit) is { } oldUnit ? Compared(oldUnit, unit, matching, movedSections) : Added(unit));
            if (removedAfter.TryGetValue(unit, out var removed))
                foreach (var r in removed) Add(changes, Removed(r));
        }

        return changes;
    }

    private static void Add(List<AgreementChange> changes, AgreementChange? change)
    {
        if (change is not null) changes.Add(change);
    }

    private static IEnumerable<AgreementNode> Units(Agreement agreement)
    {
        foreach (var section in agreement.Sections.Where(s => s is not SignatureBlock))
        {
            yield return section;
            foreach (var clause in section.Clauses) yield return clause;
        }
    }

    private static AgreementChange? Compared(AgreementNode old, AgreementNode @new, NodeMatching matching, HashSet<AgreementNode> movedSections)
    {
        var lines = new List<TextChange>();
        bool moved;
        if (old is Section oldSection && @new is Section newSection)
        {
            moved = movedSections.Contains(old);
            AddTitle(lines, oldSection.Title, newSection.Title);
            lines.AddRange(BlockLines(oldSection.Blocks, newSection.Blocks, matching));
        }
        else
        {
            var (oldClause, newClause) = ((Clause)old, (Clause)@new);
            var (oldParent, newParent) = ((Section)matching.ParentOf(old)!, (Section)matching.ParentOf(@new)!);
            moved = !ReferenceEquals(matching.NewOf(oldParent), newParent) || matching.OutOfOrder(oldParent.Clauses, newParent.Clauses).Contains(old);
            AddTitle(lines, oldClause.Title, newClause.Title);
            lines.AddRange(BlockLines(oldClause.Content, newClause.Content, matching));
        }

        if (!moved && lines.Count == 0) return null;
        return new AgreementChange(moved ? ChangeKind.Moved : ChangeKind.Changed, Part(@new), @new.Id, old, @new, Heading(old), Heading(@new), lines);
    }

    private static AgreementChange Added(AgreementNode node) =>
        new(ChangeKind.Added, Part(node), node.Id, null, node, null, Heading(node), [.. Texts(node).Select(t => Line(ChangeKind.Added, null, t))]);

    private static AgreementChange Removed(AgreementNode node) =>
        new(ChangeKind.Removed, Part(node), node.Id, node, null, Heading(node), null, [.. Texts(node).Select(t => Line(ChangeKind.Removed, t, null))]);

    private static IEnumerable<string> Texts(AgreementNode node) => node switch
    {
        Section s => [s.Title, .. s.Blocks.Select(NodeMatching.BlockText)],
        Clause c => [c.Title, .. c.Content.Select(NodeMatching.BlockText)],
        _ => [],
    };

    private static void AddTitle(List<TextChange> lines, string old, string @new)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal)) lines.Add(Line(ChangeKind.Changed, old, @new));
    }

    /// <summary>The blocks of a matched pair of parents that differ, in the new order, removed ones where they stood.</summary>
    private static List<TextChange> BlockLines(IReadOnlyList<Block> oldBlocks, IReadOnlyList<Block> newBlocks, NodeMatching matching)
    {
        var lines = new List<TextChange>();
        var movedWithin = matching.OutOfOrder(oldBlocks, newBlocks);
        var newSet = new HashSet<AgreementNode>(newBlocks, ReferenceEqualityComparer.Instance);
        var oldSet = new HashSet<AgreementNode>(oldBlocks, ReferenceEqualityComparer.Instance);
        var pending = new Queue<Block>(oldBlocks);

        void Flush(Block? upTo)
        {
            // Old blocks with no place in the new list are reported where they stood, before the next kept one.
            while (pending.Count > 0 && !ReferenceEquals(pending.Peek(), upTo))
            {
                var ob = pending.Dequeue();
                var match = matching.NewOf(ob);
                if (match is null) lines.Add(Line(ChangeKind.Removed, NodeMatching.BlockText(ob), null));
                else if (!newSet.Contains(match)) lines.Add(Line(ChangeKind.Moved, NodeMatching.BlockText(ob), NodeMatching.BlockText((Block)match)));
            }

            if (pending.Count > 0) pending.Dequeue();
        }

        foreach (var nb in newBlocks)
        {
            var ob = matching.OldOf(nb) as Block;
            var text = NodeMatching.BlockText(nb);
            if (ob is null)
            {
                lines.Add(Line(ChangeKind.Added, null, text));
                continue;
            }

            var oldText = NodeMatching.BlockText(ob);
            if (!oldSet.Contains(ob))
            {
                lines.Add(Line(ChangeKind.Moved, oldText, text));
                continue;
            }

            if (!movedWithin.Contains(ob)) Flush(ob);
            if (movedWithin.Contains(ob)) lines.Add(Line(ChangeKind.Moved, oldText, text));
            else if (!string.Equals(oldText, text, StringComparison.Ordinal)) lines.Add(Line(ChangeKind.Changed, oldText, text));
        }

        Flush(null);
        return lines;
    }

    private static List<TextChange> CoverLines(Agreement old, Agreement @new)
    {
        var oldLines = Cover(old);
        var newLines = Cover(@new);
        var lines = new List<TextChange>();
        foreach (var (key, text) in newLines)
        {
            var before = oldLines.FirstOrDefault(l => l.Key == key).Text;
            if (before is null) lines.Add(Line(ChangeKind.Added, null, text));
            else if (!string.Equals(before, text, StringComparison.Ordinal)) lines.Add(Line(ChangeKind.Changed, before, text));
        }

        foreach (var (key, text) in oldLines.Where(o => !newLines.Exists(n => n.Key == o.Key)))
            lines.Add(Line(ChangeKind.Removed, text, null));
        return lines;
    }

    private static List<(string Key, string Text)> Cover(Agreement agreement)
    {
        var labels = DocumentLabels.For(agreement);
        var meta = agreement.Metadata;
        var lines = new List<(string, string)> { ("title", agreement.Title) };
        if (meta.ContractNumber is not null) lines.Add(("number", $"{labels.ContractNumber}：{meta.ContractNumber}"));
        lines.AddRange(agreement.Parties.Select(p => ("party:" + p.Key, DocumentLabels.PartyLine(p))));
        if (meta.SignPlace is not null) lines.Add(("place", $"{labels.SignPlace}：{meta.SignPlace}"));
        if (meta.SignDate is { } date) lines.Add(("date", $"{labels.SignDate}：{labels.FormatDate(date)}"));
        return lines;
    }

    private static TextChange Line(ChangeKind kind, string? old, string? @new) =>
        new(kind, old, @new, TextDiff.Compare(old ?? "", @new ?? ""));

    private static string Part(AgreementNode node) => node switch
    {
        Clause => "clause",
        Chapter => "chapter",
        SupplementaryPart => "supplementary",
        Annex => "annex",
        _ => "section",
    };

    private static string? Heading(AgreementNode node) => node switch
    {
        Section s => s.Heading,
        Clause c => c.Heading,
        _ => null,
    };
}
