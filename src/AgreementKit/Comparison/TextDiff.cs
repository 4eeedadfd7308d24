using AgreementKit.Comparison.Text;

namespace AgreementKit.Comparison;

/// <summary>
/// Compares two texts character by character (numbers and Latin words as whole units) and folds
/// coincidental one-character matches into the change around them: <c>不得低于85%</c> against
/// <c>不得低于88%</c> gives one deletion (85) and one insertion (88).
/// </summary>
public static class TextDiff
{
    /// <summary>The segments that turn <paramref name="oldText"/> into <paramref name="newText"/>: equal, deleted and inserted pieces in reading order.</summary>
    public static IReadOnlyList<DiffSegment> Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
            return oldText.Length == 0 ? [] : [new DiffSegment(DiffOperation.Equal, oldText)];
        var table = new TokenTable();
        var a = TextTokens.Split(oldText);
        var b = TextTokens.Split(newText);
        var hunks = ChangeHunks.From(MyersDiff.Diff([.. a.Select(t => table[t])], [.. b.Select(t => table[t])]),
            [.. a.Select(t => t.Length)], [.. b.Select(t => t.Length)]);
        var segments = new List<DiffSegment>();
        int i = 0, j = 0;
        foreach (var h in hunks)
        {
            Add(segments, DiffOperation.Equal, a, i, h.OldStart);
            Add(segments, DiffOperation.Delete, a, h.OldStart, h.OldEnd);
            Add(segments, DiffOperation.Insert, b, h.NewStart, h.NewEnd);
            (i, j) = (h.OldEnd, h.NewEnd);
        }

        Add(segments, DiffOperation.Equal, a, i, a.Count);
        return segments;
    }

    /// <summary>How alike two texts are, from 0 (nothing in common) to 1 (equal): twice the kept characters over both lengths.</summary>
    public static double Similarity(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText.Length + newText.Length == 0) return 1;
        var kept = Compare(oldText, newText).Where(s => s.Operation == DiffOperation.Equal).Sum(s => s.Text.Length);
        return 2.0 * kept / (oldText.Length + newText.Length);
    }

    private static void Add(List<DiffSegment> segments, DiffOperation operation, List<string> tokens, int from, int to)
    {
        if (from >= to) return;
        segments.Add(new DiffSegment(operation, string.Concat(tokens.GetRange(from, to - from))));
    }
}
