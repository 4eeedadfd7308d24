namespace AgreementKit.Layout.Model;

/// <summary>A row of cells, one per column. A row is never split across pages.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells);
