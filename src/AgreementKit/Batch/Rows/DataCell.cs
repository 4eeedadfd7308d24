namespace AgreementKit.Batch.Rows;

/// <summary>
/// One value of a data row as the file gave it: text (CSV), a number, date, boolean or text (XLSX), or a
/// JSON token (JSONL). Null or empty text means the row leaves the field to <c>--defaults</c>.
/// </summary>
internal readonly record struct DataCell(string Header, object? Value);
