using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Elements;

/// <summary>A forced page break: no units, the paginator starts a new page.</summary>
internal sealed class PageBreakLayout(PageBreak source) : LaidOutBlock(source)
{
    public override int UnitCount => 0;

    public override float UnitHeight(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public override void Draw(DrawContext context, int first, int end, float left, float top)
    {
    }
}
