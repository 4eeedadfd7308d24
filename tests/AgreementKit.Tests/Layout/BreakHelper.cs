using AgreementKit.Layout.Text;

namespace AgreementKit.Tests.Layout;

/// <summary>Runs the line breaker with a font-free width model: CJK one em, everything else half an em.</summary>
internal static class BreakHelper
{
    public static float Advance(int codePoint) => codePoint == '\n' ? 0 : BreakRules.IsWide(codePoint) ? 1f : 0.5f;

    /// <param name="justify">Break as for a justified paragraph (widths are in em, so its em is 1).</param>
    public static (List<string> Lines, List<LineSpan> Spans) Break(string text, float width, float? firstWidth = null, bool justify = false)
    {
        var codePoints = text.EnumerateRunes().Select(r => r.Value).ToArray();
        var advances = codePoints.Select(Advance).ToArray();
        var spans = LineBreaker.Break(codePoints, advances, firstWidth ?? width, width, justify ? 1f : null);
        var lines = spans.Select(s => string.Concat(codePoints[s.Start..s.End].Select(char.ConvertFromUtf32))).ToList();
        return (lines, spans);
    }

    /// <summary>What a justified line leaves at its end because its gaps may widen only so much, in em.</summary>
    public static float Leftover(string line, float width)
    {
        var codePoints = line.EnumerateRunes().Select(r => r.Value).ToArray();
        var ink = codePoints.Select(Advance).Sum();
        var gaps = Enumerable.Range(1, Math.Max(0, codePoints.Length - 1)).Count(i => BreakRules.IsJustificationGap(codePoints[i - 1], codePoints[i]));
        return Math.Max(0, width - ink - gaps * LineBalancer.MaxGapEm);
    }
}
