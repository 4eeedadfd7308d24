using AgreementKit.Comparison.Text;
using AgreementKit.Model;

namespace AgreementKit.Comparison;

/// <summary>
/// Which node of the old agreement is which node of the new one. Identity first: nodes with the same
/// template key are the same node wherever they stand (so a clause moved to another chapter is found).
/// Nodes without a key are aligned within their matched parents by text — equal texts anchor the
/// alignment, and between anchors nodes of the same kind pair up by similarity — so an added paragraph
/// does not make every later one look changed. Numbers and labels play no part.
/// </summary>
internal sealed class NodeMatching
{
    private const double Alike = 0.5;

    private readonly Dictionary<AgreementNode, AgreementNode> _oldToNew = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AgreementNode, AgreementNode> _newToOld = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AgreementNode, AgreementNode?> _parents = new(ReferenceEqualityComparer.Instance);

    public NodeMatching(Agreement old, Agreement @new)
    {
        Index(old);
        Index(@new);
        MatchKeys(Nodes(old), Nodes(@new));
        Align(old.Sections, @new.Sections, SectionKind, SectionText);
        Align(old.Preamble, @new.Preamble, BlockKind, BlockText);
        foreach (var section in old.Sections)
        {
            if (NewOf(section) is not Section newSection) continue;
            Align(section.Blocks, newSection.Blocks, BlockKind, BlockText);
            Align(section.Clauses, newSection.Clauses, _ => "clause", ClauseText);
        }

        foreach (var clause in old.Sections.SelectMany(s => s.Clauses))
        {
            if (NewOf(clause) is Clause newClause) Align(clause.Content, newClause.Content, BlockKind, BlockText);
        }
    }

    public AgreementNode? NewOf(AgreementNode old) => _oldToNew.GetValueOrDefault(old);

    public AgreementNode? OldOf(AgreementNode @new) => _newToOld.GetValueOrDefault(@new);

    /// <summary>The section or clause a node is in (null for sections and the preamble's blocks).</summary>
    public AgreementNode? ParentOf(AgreementNode node) => _parents.GetValueOrDefault(node);

    /// <summary>
    /// The pairs among <paramref name="oldList"/> and <paramref name="newList"/> (matched to each other, in
    /// the same parents) that are out of order: the fewest that, left out, leave the rest in the same order.
    /// </summary>
    public HashSet<AgreementNode> OutOfOrder<T>(IReadOnlyList<T> oldList, IReadOnlyList<T> newList)
        where T : AgreementNode
    {
        var newSet = new HashSet<AgreementNode>(newList, ReferenceEqualityComparer.Instance);
        var pairs = oldList.Where(o => NewOf(o) is { } n && newSet.Contains(n)).ToList();
        var table = new TokenTable();
        var a = pairs.Select(o => table[NewOf(o)!.Id]).ToArray();
        var b = newList.Where(n => OldOf(n) is { } o && pairs.Contains(o)).Select(n => table[n.Id]).ToArray();
        var moved = new HashSet<AgreementNode>(ReferenceEqualityComparer.Instance);
        var i = 0;
        foreach (var step in MyersDiff.Diff(a, b))
        {
            if (step.Operation == DiffOperation.Delete)
                for (var k = 0; k < step.Count; k++) moved.Add(pairs[i + k]);
            if (step.Operation != DiffOperation.Insert) i += step.Count;
        }

        return moved;
    }

    private void Index(Agreement agreement)
    {
        foreach (var block in agreement.Preamble) _parents[block] = null;
        foreach (var section in agreement.Sections)
        {
            _parents[section] = null;
            foreach (var block in section.Blocks) _parents[block] = section;
            foreach (var clause in section.Clauses)
            {
                _parents[clause] = section;
                foreach (var block in clause.Content) _parents[block] = clause;
            }
        }
    }

    private static IEnumerable<AgreementNode> Nodes(Agreement agreement) =>
        agreement.Preamble.Cast<AgreementNode>().Concat(agreement.Sections.SelectMany(s =>
            new AgreementNode[] { s }.Concat(s.Blocks).Concat(s.Clauses.SelectMany(c => new AgreementNode[] { c }.Concat(c.Content)))));

    private void MatchKeys(IEnumerable<AgreementNode> old, IEnumerable<AgreementNode> @new)
    {
        var byKey = @new.Where(n => n.Key is not null).GroupBy(n => n.Key!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var node in old)
        {
            if (node.Key is not null && byKey.TryGetValue(node.Key, out var other) && Kind(node) == Kind(other)) Pair(node, other);
        }
    }

    private void Pair(AgreementNode old, AgreementNode @new)
    {
        _oldToNew[old] = @new;
        _newToOld[@new] = old;
    }

    /// <summary>Pairs the still unmatched nodes of two sibling lists by text.</summary>
    private void Align<T>(IReadOnlyList<T> oldList, IReadOnlyList<T> newList, Func<T, string> kind, Func<T, string> text)
        where T : AgreementNode
    {
        var a = oldList.Where(n => !_oldToNew.ContainsKey(n)).ToList();
        var b = newList.Where(n => !_newToOld.ContainsKey(n)).ToList();
        if (a.Count == 0 || b.Count == 0) return;
        var table = new TokenTable();
        // Two nodes with different keys are different nodes, however alike their text: keys take part in the anchors.
        string Anchor(T n) => kind(n) + "\0" + n.Key + "\0" + text(n);
        var script = MyersDiff.Diff([.. a.Select(n => table[Anchor(n)])], [.. b.Select(n => table[Anchor(n)])]);
        int i = 0, j = 0;
        foreach (var hunk in ChangeHunks.From(script, Ones(a.Count), Ones(b.Count), cleanup: false))
        {
            for (; i < hunk.OldStart; i++, j++) Pair(a[i], b[j]);
            PairSimilar(a.GetRange(hunk.OldStart, hunk.OldEnd - hunk.OldStart), b.GetRange(hunk.NewStart, hunk.NewEnd - hunk.NewStart), kind, text);
            (i, j) = (hunk.OldEnd, hunk.NewEnd);
        }

        for (; i < a.Count; i++, j++) Pair(a[i], b[j]);
    }

    // Between equal anchors: one against one of the same kind is a rewording; otherwise the best in-order
    // pairing by similarity, each pair at least half alike.
    private void PairSimilar<T>(List<T> a, List<T> b, Func<T, string> kind, Func<T, string> text)
        where T : AgreementNode
    {
        if (a.Count == 0 || b.Count == 0) return;
        if (a.Count == 1 && b.Count == 1)
        {
            if (Pairable(a[0], b[0], kind)) Pair(a[0], b[0]);
            return;
        }

        var score = new double[a.Count + 1, b.Count + 1];
        var similarity = new double[a.Count, b.Count];
        for (var i = a.Count - 1; i >= 0; i--)
        for (var j = b.Count - 1; j >= 0; j--)
        {
            similarity[i, j] = Pairable(a[i], b[j], kind) ? TextDiff.Similarity(text(a[i]), text(b[j])) : 0;
            var best = Math.Max(score[i + 1, j], score[i, j + 1]);
            if (similarity[i, j] >= Alike) best = Math.Max(best, similarity[i, j] + score[i + 1, j + 1]);
            score[i, j] = best;
        }

        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (similarity[i, j] >= Alike && Math.Abs(score[i, j] - (similarity[i, j] + score[i + 1, j + 1])) < 1e-9)
            {
                Pair(a[i], b[j]);
                i++;
                j++;
            }
            else if (Math.Abs(score[i, j] - score[i + 1, j]) < 1e-9) i++;
            else j++;
        }
    }

    private static bool Pairable<T>(T a, T b, Func<T, string> kind)
        where T : AgreementNode => kind(a) == kind(b) && (a.Key is null || b.Key is null);

    private static int[] Ones(int count) => Enumerable.Repeat(1, count).ToArray();

    private static string Kind(AgreementNode node) => node switch
    {
        Section s => SectionKind(s),
        Clause => "clause",
        Block b => BlockKind(b),
        _ => node.GetType().Name,
    };

    private static string SectionKind(Section s) => s.GetType().Name;

    private static string SectionText(Section s) => s.Title + "\n" + string.Join("\n", s.Blocks.Select(BlockText));

    private static string ClauseText(Clause c) => c.Title + "\n" + string.Join("\n", c.Content.Select(BlockText));

    private static string BlockKind(Block b) => b.GetType().Name;

    public static string BlockText(Block b) => b switch
    {
        Paragraph p => p.Text,
        Item i => i.Text,
        GlossaryEntry t => t.Term + "：" + t.Definition,
        _ => "",
    };
}
