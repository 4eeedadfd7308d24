using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Elements;

/// <summary>Measures a paragraph for a column width: shaping, line breaking, indents, alignment.</summary>
internal static class ParagraphLayouter
{
    public static ParagraphLayout Layout(Paragraph paragraph, TextShaper shaper, float width, string? anchor = null)
    {
        if (ParagraphLayoutCache.TryGet(paragraph, shaper.Fonts, width, out var cachedLines, out var cachedLabel))
            return new ParagraphLayout(paragraph, cachedLines, cachedLabel) { Anchor = anchor, Width = width };
        var (layout, complete) = LayoutText(paragraph, shaper, width, anchor);
        // A paragraph with a character no face has is not kept: laying it out must report the character again.
        if (complete)
            ParagraphLayoutCache.Add(paragraph, shaper.Fonts, width, layout.Lines, layout.Label);
        return layout;
    }

    private static (ParagraphLayout Layout, bool Complete) LayoutText(Paragraph paragraph, TextShaper shaper, float width, string? anchor)
    {
        var complete = true;
        var style = paragraph.Style;
        var em = style.EmSize;
        var left = style.LeftIndentEm * em;
        var first = style.FirstLineIndentEm * em;

        PositionedRun? label = null;
        var textIndent = 0f;
        if (paragraph.Label is { Count: > 0 } labelRuns)
        {
            var labelClusters = shaper.Shape(labelRuns);
            complete &= labelClusters.TrueForAll(Drawn);
            var labelWidth = labelClusters.Sum(c => c.Advance);
            textIndent = Math.Max(labelWidth, style.HangingIndentEm * em);
            var labelSpan = new LineSpan(0, labelClusters.Count, labelWidth, false, true);
            var labelLine = LineBuilder.Build(labelClusters, labelSpan, left + first, labelWidth, TextAlignment.Left, style.LineHeight, shaper.Ascent, shaper.Descent, em);
            if (labelLine.Runs.Count > 1)
                throw new NotSupportedException("A paragraph label must use one font, size and colour.");
            label = labelLine.Runs.Count == 1 ? labelLine.Runs[0] : null;
        }

        var clusters = shaper.Shape(paragraph.Runs);
        complete &= clusters.TrueForAll(Drawn);
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
        return (new ParagraphLayout(paragraph, lines, label) { Anchor = anchor, Width = width }, complete);
    }

    // Every character but a line break is drawn with a glyph; glyph 0 is a character no face has.
    private static bool Drawn(ShapedCluster cluster) =>
        cluster.Glyph != 0 || BreakRules.IsNewLine(cluster.CodePoint) || cluster.CodePoint == '\r';
}
