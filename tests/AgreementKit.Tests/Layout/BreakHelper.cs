using AgreementKit.Layout.Text;

namespace AgreementKit.Tests.Layout;

/// <summary>Runs the line breaker with a font-free width model: CJK one em, everything else half an em.</summary>
internal static class BreakHelper
{
    public static float Advance(int codePoint) => codePoint == '\n' ? 0 : BreakRules.IsWide(codePoint) ? 1f : 0.5f;

    public static (List<string> Lines, List<LineSpan> Spans) Break(string text, float width, float? firstWidth = null)
    {
        var codePoints = text.EnumerateRunes().Select(r => r.Value).ToArray();
        var advances = codePoints.Select(Advance).ToArray();
        var spans = LineBreaker.Break(codePoints, advances, firstWidth ?? width, width);
        var lines = spans.Select(s => string.Concat(codePoints[s.Start..s.End].Select(char.ConvertFromUtf32))).ToList();
        return (lines, spans);
    }
}
