namespace AgreementKit.Layout.Text;

/// <summary>
/// Greedy line breaking over code points with known advances. Break opportunities come from
/// <see cref="BreakRules"/>; because a prohibited character is glued to its neighbour, a line never starts
/// with closing punctuation: the character before it moves down with it instead of overflowing the margin.
/// </summary>
internal static class LineBreaker
{
    private const float Tolerance = 0.001f;

    // A justified line with more than this share of its width left over spreads it in gaps wide enough
    // to read (and extract) as separate columns; an address may then break inside instead.
    private const float LooseShare = 0.2f;

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
        float lastFitWidth = 0, lastFitFullWidth = 0;
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
            lastFitFullWidth = width;
            if (BreakRules.IsNewLine(cp[i]))
                return new LineSpan(start, lastFit, lastFitWidth, false, true);
        }
        if (lastFit > 0 && lastFit < cp.Length && room - lastFitWidth > LooseShare * room
            && InsideAddress(cp, advances, canBreak, start, lastFit, lastFitFullWidth, room) is { } inside)
            return inside;
        if (lastFit > 0)
            return new LineSpan(start, lastFit, lastFitWidth, false, lastFit == cp.Length);
        return ForceBreak(cp, advances, start, room);
    }

    // The piece at `from` did not fit and left the line loose. If it is an e-mail or web address, end the
    // line after the last of its @ / . - _ that still fits, so the address continues on the next line.
    private static LineSpan? InsideAddress(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, int start, int from, float width, float room)
    {
        var end = from + 1;
        while (end < cp.Length && !canBreak[end])
            end++;
        if (!BreakRules.IsAddress(cp[from..end]))
            return null;
        LineSpan? best = null;
        for (var j = from; j + 1 < end; j++)
        {
            width += advances[j];
            if (width > room + Tolerance)
                break;
            if (BreakRules.IsAddressBreak(cp[j]) && BreakRules.IsWordCharacter(cp[j + 1]))
                best = new LineSpan(start, j + 1, width, false, false);
        }
        return best;
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
