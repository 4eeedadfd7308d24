using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// Places the clusters of one line: alignment, justification, and grouping into glyph runs. Justified
/// lines spread the spare width evenly over the gaps next to CJK characters and after spaces; letters of
/// a Latin word or number are never spaced apart. No gap grows by more than <see cref="LineBalancer.MaxGapEm"/>: a
/// line that would need more (an address or an amount went down whole) keeps the rest at its end.
/// </summary>
internal static class LineBuilder
{
    public static LaidOutLine Build(IReadOnlyList<ShapedCluster> clusters, LineSpan span, float offset, float room, TextAlignment alignment, float lineHeight, float ascent, float descent, float defaultSize)
    {
        var inkEnd = span.End;
        while (inkEnd > span.Start && IsBlank(clusters[inkEnd - 1].CodePoint))
            inkEnd--;
        var spare = room - span.Width;
        var justify = alignment == TextAlignment.Justify && !span.EndsParagraphLine && spare > 0;
        var gaps = justify ? CountGaps(clusters, span.Start, inkEnd) : 0;
        var perGap = gaps > 0 ? MathF.Min(spare / gaps, LineBalancer.MaxGapEm * defaultSize) : 0;
        var x = offset + alignment switch
        {
            TextAlignment.Right => Math.Max(0, spare),
            TextAlignment.Center => Math.Max(0, spare / 2),
            _ => 0,
        };

        var runs = new List<PositionedRun>();
        var pending = new RunAccumulator();
        var size = 0f;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = clusters[i];
            if (perGap > 0 && i > span.Start && i < inkEnd && IsGap(clusters[i - 1].CodePoint, c.CodePoint))
                x += perGap;
            if (c.CodePoint is '\n' or '\r')
                continue;
            size = Math.Max(size, c.Style.Size);
            pending.Add(c, x, runs);
            x += c.Advance;
        }
        pending.Flush(runs);
        if (size == 0)
            size = defaultSize;
        var height = size * lineHeight;
        var baseline = (height - (ascent + descent) * size) / 2 + ascent * size;
        var inkRight = offset + span.Width + (alignment == TextAlignment.Justify ? gaps * perGap : 0);
        return new LaidOutLine(height, baseline, runs) { InkRight = inkRight };
    }

    private static bool IsBlank(int codePoint) => BreakRules.IsSpace(codePoint) || codePoint is '\n' or '\r';

    private static int CountGaps(IReadOnlyList<ShapedCluster> clusters, int start, int inkEnd)
    {
        var gaps = 0;
        for (var i = start + 1; i < inkEnd; i++)
            if (IsGap(clusters[i - 1].CodePoint, clusters[i].CodePoint))
                gaps++;
        return gaps;
    }

    private static bool IsGap(int before, int after) => BreakRules.IsJustificationGap(before, after);

    // Collects consecutive clusters of one face, size, colour and trim into one glyph run.
    private sealed class RunAccumulator
    {
        private readonly List<ushort> _glyphs = [];
        private readonly List<float> _positions = [];
        private readonly System.Text.StringBuilder _text = new();
        private ShapedCluster _first;
        private float _origin;

        public void Add(ShapedCluster cluster, float x, List<PositionedRun> runs)
        {
            if (_glyphs.Count > 0 && !SameRun(_first, cluster))
                Flush(runs);
            if (_glyphs.Count == 0)
            {
                _first = cluster;
                _origin = x;
            }
            _glyphs.Add(cluster.Glyph);
            _positions.Add(x - _origin);
            _text.Append(cluster.Text);
        }

        public void Flush(List<PositionedRun> runs)
        {
            if (_glyphs.Count == 0) return;
            var run = new GlyphRun(_first.Face, _first.Style.Size, _first.Style.Color, [.. _glyphs], [.. _positions], _text.ToString()) { Trim = _first.Trim };
            runs.Add(new PositionedRun(run, _origin));
            _glyphs.Clear();
            _positions.Clear();
            _text.Clear();
        }

        private static bool SameRun(ShapedCluster a, ShapedCluster b) =>
            a.Face == b.Face && a.Style.Size == b.Style.Size && a.Style.Color == b.Style.Color && a.Trim == b.Trim;
    }
}
