namespace AgreementKit.Layout.Text;

/// <summary>
/// Re-breaks a justified paragraph in which greedy breaking left a line too loose to justify: a piece that
/// may not be split (an amount with its unit, an address) went down whole and left a gap at the line's end.
/// Lines before it can each give a little to the next, so the gap is shared out in amounts every line
/// can absorb. Chooses the breaks with the least cost over the whole paragraph (Knuth and Plass's total
/// fit, in em): the square of each line's spare width, plus a charge for what a line cannot absorb and
/// must leave at its end. A little left over is charged by its square, so it is shared between lines;
/// a lot (two em or more) is charged as one line, so it stays in one line that reads as a deliberate
/// break before the address rather than in several half-empty ones. The last line costs nothing unless
/// it holds a single character.
/// </summary>
internal static class LineBalancer
{
    /// <summary>
    /// The most a justified line may widen one gap, in em. Below a tenth of an em text still reads as
    /// solid, and text extractors (poppler starts a word at 0.1 em) and the search of PDF readers still
    /// find "乙方" rather than "乙 方".
    /// </summary>
    public const float MaxGapEm = 0.09f;

    private const float Tolerance = 0.001f;
    private const float LargeLeftoverEm = 2f;
    private const double LeftoverLine = 1e3;
    private const double LeftoverSquare = 1e3;
    private const double LargeLeftoverLine = 1e6;
    private const double LonelyLastCharacter = 1e9;

    /// <summary>
    /// What a justified line would leave at its end because its gaps cannot absorb all of its spare width,
    /// in em; 0 for a line that justifies or ends the paragraph.
    /// </summary>
    public static float LeftoverEm(ReadOnlySpan<int> cp, int[] gapCounts, LineSpan line, float room, float em) =>
        line.EndsParagraphLine ? 0 : Leftover(room - line.Width, Gaps(cp, gapCounts, line.Start, line.End), em) / em;

    /// <summary>Whether a leftover is small enough to share out between lines (else it stays in one line).</summary>
    public static bool CanShare(float leftoverEm) => leftoverEm < LargeLeftoverEm;

    /// <summary>Gap counts: entry i is the number of justification gaps before code points 1 … i.</summary>
    public static int[] GapCounts(ReadOnlySpan<int> cp)
    {
        var counts = new int[cp.Length + 1];
        for (var i = 1; i < cp.Length; i++)
            counts[i] = counts[i - 1] + (BreakRules.IsJustificationGap(cp[i - 1], cp[i]) ? 1 : 0);
        if (cp.Length > 0)
            counts[cp.Length] = counts[cp.Length - 1];
        return counts;
    }

    /// <summary>The best breaks, or null when the paragraph cannot be set without cutting a piece.</summary>
    public static List<LineSpan>? Balance(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, int[] gapCounts, float firstLineWidth, float otherLinesWidth, float em)
    {
        var n = cp.Length;
        var cost = new double[n + 1];
        var from = new int[n + 1];
        var widths = new float[n + 1];
        Array.Fill(cost, double.PositiveInfinity);
        cost[0] = 0;
        for (var start = 0; start < n; start++)
        {
            if (double.IsPositiveInfinity(cost[start]))
                continue;
            var room = start == 0 ? firstLineWidth : otherLinesWidth;
            float width = 0, ink = 0;
            for (var end = start + 1; end <= n; end++)
            {
                var c = cp[end - 1];
                width += advances[end - 1];
                if (!BreakRules.IsSpace(c) && !BreakRules.IsNewLine(c))
                    ink = width;
                if (ink > room + Tolerance)
                    break;
                var newLine = BreakRules.IsNewLine(c);
                if (end == n || canBreak[end])
                {
                    var lineCost = end == n || newLine
                        ? LastLineCost(cp, start, end)
                        : LineCost(room - ink, Gaps(cp, gapCounts, start, end), em);
                    if (cost[start] + lineCost < cost[end])
                    {
                        cost[end] = cost[start] + lineCost;
                        from[end] = start;
                        widths[end] = ink;
                    }
                }
                if (newLine)
                    break;
            }
        }
        if (double.IsPositiveInfinity(cost[n]))
            return null;
        var lines = new List<LineSpan>();
        for (var end = n; end > 0; end = from[end])
            lines.Add(new LineSpan(from[end], end, widths[end], false, end == n || BreakRules.IsNewLine(cp[end - 1])));
        lines.Reverse();
        return lines;
    }

    private static double LineCost(float spare, int gaps, float em)
    {
        var s = spare / em;
        var left = Leftover(spare, gaps, em) / em;
        var charge = left <= Tolerance ? 0
            : CanShare(left) ? LeftoverLine + LeftoverSquare * left * left
            : LargeLeftoverLine + left;
        return s * s + charge;
    }

    private static double LastLineCost(ReadOnlySpan<int> cp, int start, int end) =>
        start > 0 && LineBreaker.Characters(cp, start, end) == 1 ? LonelyLastCharacter : 0;

    // What a justified line cannot spread over its gaps and leaves at its end.
    private static float Leftover(float spare, int gaps, float em) => MathF.Max(0, spare - gaps * MaxGapEm * em);

    // Gaps between the line's drawn characters: trailing spaces and a line break are not drawn.
    private static int Gaps(ReadOnlySpan<int> cp, int[] gapCounts, int start, int end)
    {
        var inkEnd = end;
        while (inkEnd > start && (BreakRules.IsSpace(cp[inkEnd - 1]) || BreakRules.IsNewLine(cp[inkEnd - 1])))
            inkEnd--;
        return inkEnd - start < 2 ? 0 : gapCounts[inkEnd - 1] - gapCounts[start];
    }
}
