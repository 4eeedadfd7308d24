namespace AgreementKit.Layout.Model;

/// <summary>
/// Rows of cells in fixed columns. ColumnFractions are the shares of the column width (they are
/// normalised); BorderWidth 0 draws no rules. KeepTogether moves the whole table to the next page rather
/// than split it (for a signature block).
/// </summary>
internal sealed record Table(IReadOnlyList<float> ColumnFractions, IReadOnlyList<TableRow> Rows) : Block
{
    public float BorderWidth { get; init; } = 0.5f;

    public LayoutColor BorderColor { get; init; } = LayoutColor.Black;

    public float CellPadding { get; init; } = 4f;

    public float SpaceBefore { get; init; }

    public float SpaceAfter { get; init; }

    public bool KeepTogether { get; init; }

    /// <summary>
    /// Read (and so draw, which is the order text extraction follows) each column top to bottom before the
    /// next, as a signature table is read party by party, instead of row after row.
    /// </summary>
    public bool ReadByColumn { get; init; }

    /// <summary>Set each cell's text at the bottom of its row, so one-line cells of a row share a baseline.</summary>
    public bool AlignBottom { get; init; }

    /// <summary>Padding above and below each cell's text; <see cref="CellPadding"/> when null.</summary>
    public float? VerticalPadding { get; init; }

    /// <summary>
    /// Smaller scales of every font in the table, largest first, tried in turn when a paragraph with
    /// <see cref="ParagraphStyle.PreferOneLine"/> does not fit one line at full size.
    /// </summary>
    public IReadOnlyList<float> ShrinkScales { get; init; } = [];
}
