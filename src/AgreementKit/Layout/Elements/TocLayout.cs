using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// A contents list measured for a column width. Each entry is a unit: its text wraps to the left of a
/// fixed number column, so heights are known before page numbers are; the dot leaders, the number and
/// the link are drawn once pagination has put every destination on a page.
/// </summary>
internal sealed class TocLayout : LaidOutBlock
{
    private const char LeaderDot = '.';

    // The least space between the last leader dot's advance and the widest page number, in em.
    private const float NumberGapEm = 0.5f;

    private readonly TableOfContents _toc;
    private readonly ParagraphLayout[] _entries;
    private readonly float _width;

    private TocLayout(TableOfContents toc, ParagraphLayout[] entries, float width) : base(toc)
    {
        _toc = toc;
        _entries = entries;
        _width = width;
    }

    public override int UnitCount => _entries.Length;

    public override float UnitHeight(int index) => _entries[index].Height(0, _entries[index].UnitCount) + _toc.SpaceAfterEntry;

    public static TocLayout Create(TableOfContents toc, TextShaper shaper, float width, string? anchor)
    {
        var em = toc.TextStyle.Size;
        var textWidth = width - toc.NumberColumnEm * em;
        var entries = toc.Entries.Select(entry =>
        {
            var style = new ParagraphStyle
            {
                Alignment = TextAlignment.Left,
                EmSize = em,
                LeftIndentEm = (entry.Level - 1) * toc.IndentPerLevelEm,
                LineHeight = toc.LineHeight,
                WidowControl = false,
            };
            return ParagraphLayouter.Layout(new Paragraph(entry.Text, toc.TextStyle, style), shaper, textWidth);
        }).ToArray();
        // Digits and the leader dot are drawn later; shaping them now reports a font that lacks them in time.
        shaper.Shape("0123456789" + LeaderDot, toc.TextStyle);
        return new TocLayout(toc, entries, width) { Anchor = anchor };
    }

    public override void Draw(DrawContext context, int first, int end, float left, float top)
    {
        var widest = _toc.Entries.Max(e => context.DestinationPages.TryGetValue(e.Destination, out var p)
            ? context.Shaper.Shape(Number(p), _toc.TextStyle).Sum(c => c.Advance)
            : 0);
        var y = top;
        for (var i = first; i < end; i++)
        {
            var entry = _toc.Entries[i];
            var layout = _entries[i];
            layout.Draw(context, 0, layout.UnitCount, left, y);
            var height = layout.Height(0, layout.UnitCount);
            var lastLine = layout.Lines[^1];
            var baseline = y + height - lastLine.Height + lastLine.Baseline;
            if (!context.DestinationPages.TryGetValue(entry.Destination, out var page))
                throw new InvalidOperationException($"The contents entry '{entry.Text}' links to '{entry.Destination}', which no block defines.");
            DrawNumberAndLeader(context, page, left, baseline, lastLine.InkRight, widest);
            context.Canvas.LinkToDestination(new LayoutRect(left, y, left + _width, y + height), entry.Destination);
            y += UnitHeight(i);
        }
    }

    private void DrawNumberAndLeader(DrawContext context, int page, float left, float baseline, float textRight, float widest)
    {
        var style = _toc.TextStyle;
        var number = context.Shaper.Shape(Number(page), style);
        var numberWidth = number.Sum(c => c.Advance);
        var numberLeft = _width - numberWidth;

        // Dots sit on a grid shared by all entries so the leaders line up down the page, and every leader
        // stops a visible gap before where the widest page number of the list starts: "… 9" and "… 12"
        // end their dots in the same place, and no dot touches a number.
        var dot = context.Shaper.Shape(LeaderDot.ToString(), style)[0];
        var pitch = style.Size * 0.5f;
        var gap = style.Size * 0.25f;
        var firstSlot = (int)MathF.Ceiling((textRight + gap) / pitch);
        var lastSlot = (int)MathF.Floor((_width - widest - NumberGapEm * style.Size - dot.Advance) / pitch);
        if (lastSlot >= firstSlot)
        {
            var count = lastSlot - firstSlot + 1;
            var glyphs = Enumerable.Repeat(dot.Glyph, count).ToArray();
            var positions = Enumerable.Range(0, count).Select(k => k * pitch).ToArray();
            var run = new GlyphRun(dot.Face, style.Size, style.Color, glyphs, positions, new string(LeaderDot, count));
            context.Canvas.DrawGlyphs(run, left + firstSlot * pitch, baseline);
        }
        // Drawn after the leader so the text reads "entry ..... 3".
        DrawClusters(context, number, left + numberLeft, baseline);
    }

    private static string Number(int page) => page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void DrawClusters(DrawContext context, List<ShapedCluster> clusters, float x, float baseline)
    {
        var positions = new float[clusters.Count];
        var offset = 0f;
        for (var i = 0; i < clusters.Count; i++)
        {
            positions[i] = offset;
            offset += clusters[i].Advance;
        }
        var first = clusters[0];
        var run = new GlyphRun(first.Face, first.Style.Size, first.Style.Color, clusters.Select(c => c.Glyph).ToArray(), positions, string.Concat(clusters.Select(c => c.Text)));
        context.Canvas.DrawGlyphs(run, x, baseline);
    }
}
