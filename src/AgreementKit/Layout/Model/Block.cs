using AgreementKit.Diagnostics;

namespace AgreementKit.Layout.Model;

/// <summary>
/// Something laid out down the page. Anchor names a destination at the block's top (ASCII letters, digits,
/// '-', '_' and '.'), which links and the outline point at; Outline adds a bookmark; Source says where the
/// block's text came from, for diagnostics about it. KeepWithPrevious and AloneNote keep a block (a
/// signature block) from standing alone on a page.
/// </summary>
internal abstract record Block
{
    public string? Anchor { get; init; }

    public OutlineEntry? Outline { get; init; }

    public SourceLocation? Source { get; init; }

    /// <summary>
    /// How many units (lines) of what comes before must share the block's page: when the block does not fit
    /// where it falls, those lines move to the next page with it.
    /// </summary>
    public int KeepWithPrevious { get; init; }

    /// <summary>
    /// Printed at the top of the page above the block when the block starts a page with nothing before it
    /// (the previous lines could not move with it, or a page break put it there).
    /// </summary>
    public Paragraph? AloneNote { get; init; }
}
