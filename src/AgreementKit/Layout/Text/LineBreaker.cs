namespace AgreementKit.Layout.Text;

/// <summary>
/// Greedy line breaking over code points with known advances. Break opportunities come from
/// <see cref="BreakRules"/>; because a prohibited character is glued to its neighbour, a line never starts
/// with closing punctuation: the character before it moves down with it instead of overflowing the margin.
/// </summary>
internal static class LineBreaker
{
    private const float Tolerance = 0.001f;

    /// <param name="codePoints">The paragraph text, one entry per code point.</param>
    /// <param name="advances">The advance width of each code point.</param>
    /// <param name="firstLineWidth">Room on the first line (indents already taken off).</param>
    /// <param name="otherLinesWidth">Room on every later line.</param>
    public static List<LineSpan> Break(ReadOnlySpan<int> codePoints, ReadOnlySpan<float> advances, float firstLineWidth, float otherLinesWidth)
    {
        if (codePoints.Length != advances.Length)
            throw new ArgumentException("Every code point needs an advance.", nameof(advances));
        var canBreak = BreakRules.BreakOpportunities(codePoints);
        var lines = new List<LineSpan>();
        var start = 0;
        while (start < codePoints.Length)
        {
            var room = lines.Count == 0 ? firstLineWidth : otherLinesWidth;
            lines.Add(NextLine(codePoints, advances, canBreak, start, room));
            start = lines[^1].End;
        }
        return lines;
    }

    private static LineSpan NextLine(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, int start, float room)
    {
        float width = 0, inkWidth = 0;
        var lastFit = -1;
        var lastFitWidth = 0f;
        for (var i = start; i < cp.Length; i++)
        {
            width += advances[i];
            if (!BreakRules.IsSpace(cp[i]) && !BreakRules.IsNewLine(cp[i]))
                inkWidth = width;
            var atBreak = i + 1 == cp.Length || canBreak[i + 1];
            if (!atBreak)
                continue;
            if (inkWidth > room + Tolerance)
                break;
            lastFit = i + 1;
            lastFitWidth = inkWidth;
            if (BreakRules.IsNewLine(cp[i]))
                return new LineSpan(start, lastFit, lastFitWidth, false, true);
        }
        if (lastFit > 0)
            return new LineSpan(start, lastFit, lastFitWidth, false, lastFit == cp.Length);
        return ForceBreak(cp, advances, start, room);
    }

    // The first unbreakable piece alone is wider than the line: cut it where it stops fitting, keeping at
    // least one code point so the paragraph always advances.
    private static LineSpan ForceBreak(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, int start, float room)
    {
        var end = start + 1;
        var width = advances[start];
        while (end < cp.Length && width + advances[end] <= room + Tolerance && !BreakRules.IsNewLine(cp[end - 1]))
        {
            width += advances[end];
            end++;
        }
        return new LineSpan(start, end, width, true, end == cp.Length);
    }
}
