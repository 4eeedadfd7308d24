using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Elements;

/// <summary>
/// A block measured for a column width, as a stack of units the paginator may put on different pages:
/// the lines of a paragraph, the rows of a table, the entries of a contents list. Measuring is done once,
/// before any page is drawn; drawing a range of units is done once per page the block lands on.
/// </summary>
internal abstract class LaidOutBlock(Block source)
{
    public Block Source { get; } = source;

    /// <summary>The destination name marking the block's top, if any.</summary>
    public string? Anchor { get; init; }

    public abstract int UnitCount { get; }

    public abstract float UnitHeight(int index);

    public virtual float SpaceBefore => 0;

    public virtual float SpaceAfter => 0;

    public virtual bool KeepTogether => false;

    public virtual bool KeepWithNext => false;

    /// <summary>Units of what precedes that must share the block's page (<see cref="Block.KeepWithPrevious"/>).</summary>
    public int KeepWithPrevious => Source.KeepWithPrevious;

    /// <summary>The measured <see cref="Block.AloneNote"/>, drawn above the block when it starts a page alone.</summary>
    public ParagraphLayout? AloneNote { get; set; }

    /// <summary>Fewest units that may stay at the bottom of a page when the block is split (orphans).</summary>
    public virtual int MinUnitsBeforeSplit => 1;

    /// <summary>Fewest units that may start the next page when the block is split (widows).</summary>
    public virtual int MinUnitsAfterSplit => 1;

    public float Height(int first, int end)
    {
        var sum = 0f;
        for (var i = first; i < end; i++)
            sum += UnitHeight(i);
        return sum;
    }

    public float TotalHeight => SpaceBefore + Height(0, UnitCount) + SpaceAfter;

    /// <summary>Draws units [first, end) with the first one's top at <paramref name="top"/>.</summary>
    public abstract void Draw(DrawContext context, int first, int end, float left, float top);
}
