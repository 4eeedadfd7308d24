using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Elements;

/// <summary>A paragraph broken into lines for one column width; the lines are its units.</summary>
internal sealed class ParagraphLayout(Paragraph source, IReadOnlyList<LaidOutLine> lines, PositionedRun? label) : LaidOutBlock(source)
{
    public Paragraph Paragraph { get; } = source;

    public IReadOnlyList<LaidOutLine> Lines { get; } = lines;

    /// <summary>The hanging label, drawn on the first line's baseline.</summary>
    public PositionedRun? Label { get; } = label;

    public override int UnitCount => Lines.Count;

    public override float UnitHeight(int index) => Lines[index].Height;

    public override float SpaceBefore => Paragraph.Style.SpaceBefore;

    public override float SpaceAfter => Paragraph.Style.SpaceAfter;

    public override bool KeepTogether => Paragraph.Style.KeepTogether;

    public override bool KeepWithNext => Paragraph.Style.KeepWithNext;

    public override int MinUnitsBeforeSplit => Paragraph.Style.WidowControl ? 2 : 1;

    public override int MinUnitsAfterSplit => Paragraph.Style.WidowControl ? 2 : 1;

    public override void Draw(DrawContext context, int first, int end, float left, float top)
    {
        var y = top;
        for (var i = first; i < end; i++)
        {
            var line = Lines[i];
            var baseline = y + line.Baseline;
            if (i == 0 && Label is not null)
                context.Canvas.DrawGlyphs(Label.Run, left + Label.X, baseline);
            foreach (var run in line.Runs)
                context.Canvas.DrawGlyphs(run.Run, left + run.X, baseline);
            y += line.Height;
        }
    }
}
