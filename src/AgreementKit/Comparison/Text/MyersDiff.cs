namespace AgreementKit.Comparison.Text;

/// <summary>One step of an edit script: <see cref="Count"/> elements kept, deleted from the old sequence or inserted from the new.</summary>
internal readonly record struct EditStep(DiffOperation Operation, int Count);

/// <summary>
/// Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986) over
/// sequences of interned tokens: the shortest edit script, equal runs first where several are as short.
/// Our own rather than DiffPlex because we diff token sequences — characters with their formatting, lists
/// of blocks — not strings through a chunker. The common prefix and suffix are stripped first; beyond
/// <c>maxEdits</c> differences the middle is reported as replaced whole (two unrelated paragraphs have
/// nothing worth aligning, and the trace would grow with the square of the edits).
/// </summary>
internal static class MyersDiff
{
    public const int DefaultMaxEdits = 2_000;

    public static List<EditStep> Diff(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits = DefaultMaxEdits)
    {
        var script = new List<EditStep>();
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        Add(script, DiffOperation.Equal, prefix);
        Middle(a[prefix..^suffix], b[prefix..^suffix], maxEdits, script);
        Add(script, DiffOperation.Equal, suffix);
        return script;
    }

    private static void Middle(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits, List<EditStep> script)
    {
        int n = a.Length, m = b.Length;
        if (n == 0 || m == 0)
        {
            Add(script, DiffOperation.Delete, n);
            Add(script, DiffOperation.Insert, m);
            return;
        }

        var max = Math.Min(n + m, maxEdits);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            // The furthest x on each diagonal before this round, for the walk back.
            trace.Add(v[(offset - d)..(offset + d + 1)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    Backtrack(trace, n, m, d, script);
                    return;
                }
            }
        }

        Add(script, DiffOperation.Delete, n);
        Add(script, DiffOperation.Insert, m);
    }

    private static void Backtrack(List<int[]> trace, int n, int m, int depth, List<EditStep> script)
    {
        var steps = new List<EditStep>();
        int x = n, y = m;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            int At(int k) => v[k + d];
            var k0 = x - y;
            var previousK = k0 == -d || (k0 != d && At(k0 - 1) < At(k0 + 1)) ? k0 + 1 : k0 - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            var snake = 0;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                snake++;
            }

            Add(steps, DiffOperation.Equal, snake);
            if (x == previousX)
            {
                y--;
                Add(steps, DiffOperation.Insert, 1);
            }
            else
            {
                x--;
                Add(steps, DiffOperation.Delete, 1);
            }
        }

        Add(steps, DiffOperation.Equal, x);
        steps.Reverse();
        foreach (var step in steps) Add(script, step.Operation, step.Count);
    }

    private static void Add(List<EditStep> script, DiffOperation operation, int count)
    {
        if (count == 0) return;
        if (script.Count > 0 && script[^1].Operation == operation)
            script[^1] = new EditStep(operation, script[^1].Count + count);
        else
            script.Add(new EditStep(operation, count));
    }
}
