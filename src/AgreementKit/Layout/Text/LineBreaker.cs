namespace AgreementKit.Layout.Text;

/// <summary>
/// Greedy line breaking over code points with known advances. Break opportunities come from
/// <see cref="BreakRules"/>; because a prohibited character is glued to its neighbour, a line never starts
/// with closing punctuation: the character before it moves down with it instead of overflowing the margin.
/// Two refinements: an e-mail or web address moves down whole when a line can hold it (it is broken after
/// @ / . - _ only when it is longer than a line), and a paragraph never ends on a line holding a single
/// character: one more comes down from the line before.
/// </summary>
internal static class LineBreaker
{
    private const float Tolerance = 0.001f;

    /// <param name="codePoints">The paragraph text, one entry per code point.</param>
    /// <param name="advances">The advance width of each code point.</param>
    /// <param name="firstLineWidth">Room on the first line (indents already taken off).</param>
    /// <param name="otherLinesWidth">Room on every later line.</param>
    /// <param name="justifyEm">For a justified paragraph, its em: a line whose gaps would have to widen by
    /// more than <see cref="LineBalancer.MaxGapEm"/> makes <see cref="LineBalancer"/> re-break the paragraph.</param>
    public static List<LineSpan> Break(ReadOnlySpan<int> codePoints, ReadOnlySpan<float> advances, float firstLineWidth, float otherLinesWidth, float? justifyEm = null)
    {
        if (codePoints.Length != advances.Length)
            throw new ArgumentException("Every code point needs an advance.", nameof(advances));
        var canBreak = BreakRules.BreakOpportunities(codePoints);
        var lines = new List<LineSpan>();
        var start = 0;
        while (start < codePoints.Length)
        {
            var room = lines.Count == 0 ? firstLineWidth : otherLinesWidth;
            lines.Add(NextLine(codePoints, advances, canBreak, start, room, otherLinesWidth));
            start = lines[^1].End;
        }
        if (justifyEm is { } em && Rebalanced(codePoints, advances, canBreak, lines, firstLineWidth, otherLinesWidth, em) is { } balanced)
            lines = balanced;
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].EndsParagraphLine)
                AvoidSingleCharacter(codePoints, advances, canBreak, lines, i, otherLinesWidth);
        return lines;
    }

    private static LineSpan NextLine(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, int start, float room, float lineWidth)
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
        var from = lastFit > 0 ? lastFit : start;
        if (from < cp.Length && InsideLongAddress(cp, advances, canBreak, start, from, lastFit > 0 ? lastFitFullWidth : 0, room, lineWidth) is { } inside)
            return inside;
        if (lastFit > 0)
            return new LineSpan(start, lastFit, lastFitWidth, false, lastFit == cp.Length);
        return ForceBreak(cp, advances, start, room);
    }

    // The piece at `from` did not fit. If it is an e-mail or web address too long for any line, end this
    // line after the last of its @ / . - _ that still fits, so the address continues on the next line.
    // A shorter address is left whole: it goes down, and the line it leaves is not spread past
    // LineBuilder's limit.
    private static LineSpan? InsideLongAddress(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, int start, int from, float width, float room, float lineWidth)
    {
        var end = from + 1;
        while (end < cp.Length && !canBreak[end])
            end++;
        if (!BreakRules.IsAddress(cp[from..end]) || InkWidth(cp, advances, from, end) <= lineWidth + Tolerance)
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

    // A last line holding one character ("致。") reads as a slip. Pull the last piece of the line before
    // down to it, when the line before keeps something and the new last line fits.
    private static void AvoidSingleCharacter(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, List<LineSpan> lines, int last, float lineWidth)
    {
        LineSpan before = lines[last - 1], line = lines[last];
        if (before.Forced || line.Forced || before.EndsParagraphLine || Characters(cp, line.Start, line.End) != 1)
            return;
        var cut = before.End - 1;
        while (cut > before.Start && !canBreak[cut])
            cut--;
        if (cut <= before.Start)
            return;
        var width = InkWidth(cp, advances, cut, line.End);
        if (width > lineWidth + Tolerance)
            return;
        lines[last - 1] = before with { End = cut, Width = InkWidth(cp, advances, before.Start, cut) };
        lines[last] = line with { Start = cut, Width = width };
    }

    // Greedy lines are kept unless one is too loose to justify and the lines can share its leftover so
    // that none keeps more than a little. A leftover no breaking can share is a piece such as an address
    // that went down whole: the line it leaves is best left short, alone, where greedy breaking left it.
    // A paragraph where a piece had to be cut (a long word or address) keeps its greedy lines too: the
    // balancer only moves whole pieces.
    private static List<LineSpan>? Rebalanced(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, bool[] canBreak, List<LineSpan> lines, float firstLineWidth, float otherLinesWidth, float em)
    {
        var gapCounts = LineBalancer.GapCounts(cp);
        var loose = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Forced || (line.End < cp.Length && !canBreak[line.End]))
                return null;
            loose |= LineBalancer.LeftoverEm(cp, gapCounts, line, i == 0 ? firstLineWidth : otherLinesWidth, em) > 0;
        }
        if (!loose || LineBalancer.Balance(cp, advances, canBreak, gapCounts, firstLineWidth, otherLinesWidth, em) is not { } balanced)
            return null;
        for (var i = 0; i < balanced.Count; i++)
            if (!LineBalancer.CanShare(LineBalancer.LeftoverEm(cp, gapCounts, balanced[i], i == 0 ? firstLineWidth : otherLinesWidth, em)))
                return null;
        return balanced;
    }

    /// <summary>Characters that count as text on a line: not spaces, line breaks or the closing marks that follow one.</summary>
    public static int Characters(ReadOnlySpan<int> cp, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
            if (!BreakRules.IsSpace(cp[i]) && !BreakRules.IsNewLine(cp[i]) && !BreakRules.CannotStartLine(cp[i]))
                count++;
        return count;
    }

    // Width of [start, end) without its trailing spaces and line break, which hang in the margin.
    private static float InkWidth(ReadOnlySpan<int> cp, ReadOnlySpan<float> advances, int start, int end)
    {
        float width = 0, ink = 0;
        for (var i = start; i < end; i++)
        {
            width += advances[i];
            if (!BreakRules.IsSpace(cp[i]) && !BreakRules.IsNewLine(cp[i]))
                ink = width;
        }
        return ink;
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
