namespace AgreementKit.Comparison.Text;

/// <summary>A changed region: old tokens [OldStart, OldEnd) became new tokens [NewStart, NewEnd); the tokens between two hunks are equal.</summary>
internal readonly record struct ChangeHunk(int OldStart, int OldEnd, int NewStart, int NewEnd);

/// <summary>
/// Turns an edit script into changed regions a reader can follow. A character diff of Chinese text finds
/// many one-character coincidences (的, 应, 当) inside a rewritten phrase; like diff-match-patch's semantic
/// cleanup, an equal stretch no longer than the changes on both sides of it is folded into one change, so
/// a reworded sentence reads as one deletion and one insertion, while a changed figure stays one small pair.
/// Weights are characters, so a number token (<c>2025</c>) counts four.
/// </summary>
internal static class ChangeHunks
{
    public static List<ChangeHunk> From(List<EditStep> script, int[] oldWeights, int[] newWeights, bool cleanup = true)
    {
        var hunks = new List<ChangeHunk>();
        int i = 0, j = 0;
        ChangeHunk? open = null;
        foreach (var step in script)
        {
            switch (step.Operation)
            {
                case DiffOperation.Equal:
                    if (open is { } h) hunks.Add(h);
                    open = null;
                    i += step.Count;
                    j += step.Count;
                    break;
                case DiffOperation.Delete:
                    open = open is { } d ? d with { OldEnd = i + step.Count } : new ChangeHunk(i, i + step.Count, j, j);
                    i += step.Count;
                    break;
                default:
                    open = open is { } n ? n with { NewEnd = j + step.Count } : new ChangeHunk(i, i, j, j + step.Count);
                    j += step.Count;
                    break;
            }
        }

        if (open is { } last) hunks.Add(last);
        return cleanup ? Cleanup(hunks, oldWeights, newWeights) : hunks;
    }

    private static List<ChangeHunk> Cleanup(List<ChangeHunk> hunks, int[] oldWeights, int[] newWeights)
    {
        bool merged;
        do
        {
            merged = false;
            for (var h = 0; h + 1 < hunks.Count; h++)
            {
                var (left, right) = (hunks[h], hunks[h + 1]);
                var equal = Sum(oldWeights, left.OldEnd, right.OldStart);
                if (equal <= Size(left, oldWeights, newWeights) && equal <= Size(right, oldWeights, newWeights))
                {
                    hunks[h] = new ChangeHunk(left.OldStart, right.OldEnd, left.NewStart, right.NewEnd);
                    hunks.RemoveAt(h + 1);
                    merged = true;
                    h--;
                }
            }
        }
        while (merged);

        return hunks;
    }

    private static int Size(ChangeHunk h, int[] oldWeights, int[] newWeights) =>
        Math.Max(Sum(oldWeights, h.OldStart, h.OldEnd), Sum(newWeights, h.NewStart, h.NewEnd));

    private static int Sum(int[] weights, int from, int to)
    {
        var sum = 0;
        for (var i = from; i < to; i++) sum += weights[i];
        return sum;
    }
}
