using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// A paragraph broken into lines for one column width; the lines are its units. A writing line (a signing
/// or seal line) is drawn after the last line's text, up to the column's right edge, with its field.
/// </summary>
internal sealed class ParagraphLayout(Paragraph source, IReadOnlyList<LaidOutLine> lines, PositionedRun? label) : LaidOutBlock(source)
{
    /// <summary>The column width the paragraph was laid out for.</summary>
    public float Width { get; init; }

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
            if (i == Lines.Count - 1 && Paragraph.WritingLine is { } writing)
                DrawWritingLine(context, writing, left + line.InkRight + writing.Gap, left + Width, baseline);
            y += line.Height;
        }
    }

    private static void DrawWritingLine(DrawContext context, WritingLine writing, float start, float end, float baseline)
    {
        // Just under the baseline, as an underline sits, so the line does not cut descenders of what is written.
        var y = baseline + writing.Thickness + 1;
        if (end > start)
            context.Canvas.DrawLine(start, y, end, y, writing.Thickness, LayoutColor.Black);
        if (writing.Field is not { } field)
            return;
        if (field.Square is { } square)
        {
            var side = Math.Min(square, Math.Max(end - start, 0));
            var middle = (start + end) / 2;
            context.Canvas.DefineSignatureField(field.Name, field.Description, new LayoutRect(middle - side / 2, y - side / 2, middle + side / 2, y + side / 2));
        }
        else
        {
            context.Canvas.DefineSignatureField(field.Name, field.Description, new LayoutRect(start, y - field.Height, Math.Max(start, end), y + 2));
        }
    }
}
