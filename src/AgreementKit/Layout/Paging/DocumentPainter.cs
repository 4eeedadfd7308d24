using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Text;

namespace AgreementKit.Layout.Paging;

/// <summary>Draws a paginated document page by page: header, body (with destinations), footer.</summary>
internal static class DocumentPainter
{
    public static void Paint(DocumentLayout layout, IDocumentCanvas canvas, TextShaper shaper)
    {
        var page = layout.Page;
        var context = new DrawContext(canvas, layout.DestinationPages, shaper);
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            canvas.BeginPage(page.Width, page.Height);
            // Reading order (header, body, footer) is content order, so text extraction reads it that way.
            DrawStack(context, layout.Headers[p], page.MarginLeft, page.HeaderDistance);
            foreach (var placement in layout.Pages[p].Placements)
            {
                var top = page.MarginTop + placement.Top;
                if (placement.First == 0 && placement.Block.Anchor is { } anchor)
                    canvas.DefineDestination(anchor, page.MarginLeft, top);
                placement.Block.Draw(context, placement.First, placement.End, page.MarginLeft, top);
            }
            var footerHeight = StackHeight(layout.Footers[p]);
            DrawStack(context, layout.Footers[p], page.MarginLeft, page.Height - page.FooterDistance - footerHeight);
            canvas.EndPage();
        }
    }

    private static void DrawStack(DrawContext context, IReadOnlyList<ParagraphLayout> paragraphs, float left, float top)
    {
        var y = top;
        foreach (var paragraph in paragraphs)
        {
            y += paragraph.SpaceBefore;
            paragraph.Draw(context, 0, paragraph.UnitCount, left, y);
            y += paragraph.Height(0, paragraph.UnitCount) + paragraph.SpaceAfter;
        }
    }

    private static float StackHeight(IReadOnlyList<ParagraphLayout> paragraphs) =>
        paragraphs.Sum(p => p.SpaceBefore + p.Height(0, p.UnitCount) + p.SpaceAfter);
}
