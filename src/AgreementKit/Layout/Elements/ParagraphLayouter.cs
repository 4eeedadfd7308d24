using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Elements;

/// <summary>Measures a paragraph for a column width: shaping, line breaking, indents, alignment.</summary>
internal static class ParagraphLayouter
{
    public static ParagraphLayout Layout(Paragraph paragraph, TextShaper shaper, float width, string? anchor = null)
    {
        var style = paragraph.Style;
        var em = style.EmSize;
        var left = style.LeftIndentEm * em;
        var first = style.FirstLineIndentEm * em;

        PositionedRun? label = null;
        var textIndent = 0f;
        if (paragraph.Label is { Count: > 0 } labelRuns)
        {
            var labelClusters = shaper.Shape(labelRuns);
            var labelWidth = labelClusters.Sum(c => c.Advance);
            textIndent = Math.Max(labelWidth, style.HangingIndentEm * em);
            var labelSpan = new LineSpan(0, labelClusters.Count, labelWidth, false, true);
            var labelLine = LineBuilder.Build(labelClusters, labelSpan, left + first, labelWidth, TextAlignment.Left, style.LineHeight, shaper.Ascent, shaper.Descent, em);
            if (labelLine.Runs.Count > 1)
                throw new NotSupportedException("A paragraph label must use one font, size and colour.");
            label = labelLine.Runs.Count == 1 ? labelLine.Runs[0] : null;
        }

        var clusters = shaper.Shape(paragraph.Runs);
        var firstOffset = left + first + textIndent;
        var otherOffset = left + textIndent;
        var codePoints = new int[clusters.Count];
        var advances = new float[clusters.Count];
        for (var i = 0; i < clusters.Count; i++)
        {
            codePoints[i] = clusters[i].CodePoint;
            advances[i] = clusters[i].Advance;
        }
        var spans = LineBreaker.Break(codePoints, advances, width - firstOffset, width - otherOffset, style.Alignment == TextAlignment.Justify ? em : null);
        var lines = new List<LaidOutLine>(Math.Max(1, spans.Count));
        for (var i = 0; i < spans.Count; i++)
        {
            var offset = i == 0 ? firstOffset : otherOffset;
            lines.Add(LineBuilder.Build(clusters, spans[i], offset, width - offset, style.Alignment, style.LineHeight, shaper.Ascent, shaper.Descent, em));
        }
        if (lines.Count == 0)
            lines.Add(LineBuilder.Build(clusters, new LineSpan(0, 0, 0, false, true), firstOffset, width - firstOffset, style.Alignment, style.LineHeight, shaper.Ascent, shaper.Descent, em));
        return new ParagraphLayout(paragraph, lines, label) { Anchor = anchor };
    }
}
