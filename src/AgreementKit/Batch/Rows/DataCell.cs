namespace AgreementKit.Batch.Rows;

/// <summary>
/// One value of a data row as the file gave it: text (CSV), a number, date, boolean or text (XLSX), or a
/// JSON token (JSONL). Null or empty text means the row leaves the field to <c>--defaults</c>.
/// <paramref name="Column"/> is where the cell stands on its line when the format tells: the sheet column
/// of an .xlsx cell (A = 1); 0 for CSV, whose reader does not say, and for JSONL, whose tokens carry their
/// own positions.
/// </summary>
internal readonly record struct DataCell(string Header, object? Value, int Column = 0);
