namespace AgreementKit.Batch.Rows;

/// <summary>
/// Columns of the data file a batch leaves out, as if the file did not have them: the web app's column mapping
/// marks an export's extra columns (部门编码, 入职日期 …) 不使用. A CSV or XLSX column is named by its 0-based
/// position in the header row, so two columns with the same header stay apart; a JSON Lines record has no header
/// row, so there a top-level key is named. The command line never sets this: there every column names a field.
/// </summary>
/// <param name="Positions">Header-row positions of CSV and XLSX columns to leave out.</param>
/// <param name="Keys">Top-level keys of JSON Lines records to leave out.</param>
internal sealed record IgnoredColumns(IReadOnlySet<int> Positions, IReadOnlySet<string> Keys)
{
    public static IgnoredColumns None { get; } = new(new HashSet<int>(), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Whether a cell of a row is left out.</summary>
    /// <param name="headerRow">True for a file with a header row (CSV, XLSX), whose cells stand in header order.</param>
    /// <param name="position">The cell's place in its row (in header order for CSV and XLSX).</param>
    /// <param name="header">The cell's header, or its key in a JSON Lines record.</param>
    public bool Ignores(bool headerRow, int position, string header) => headerRow ? Positions.Contains(position) : Keys.Contains(header);
}
