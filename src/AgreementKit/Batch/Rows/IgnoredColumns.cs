namespace AgreementKit.Batch.Rows;

/// <summary>
/// Columns of the data file a batch leaves out, as if the file did not have them: an export's columns no field
/// holds (部门编码, 入职日期 …). <c>--ignore-column</c> names them by header (in JSON Lines, by top-level key); the
/// web app's 不使用 names a CSV or XLSX column by its 0-based position in the header row, so that of two columns
/// with the same header one can be kept and the other left out.
/// </summary>
/// <param name="Positions">Header-row positions of CSV and XLSX columns to leave out.</param>
/// <param name="Names">Headers, or top-level keys of JSON Lines records, to leave out.</param>
internal sealed record IgnoredColumns(IReadOnlySet<int> Positions, IReadOnlySet<string> Names)
{
    public static IgnoredColumns None { get; } = new(new HashSet<int>(), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The columns a batch's options leave out: those <see cref="BatchOptions.IgnoreColumns"/> names and those at <see cref="BatchOptions.IgnoredPositions"/>.</summary>
    public static IgnoredColumns Of(BatchOptions options) =>
        options.IgnoreColumns is not { Count: > 0 } && options.IgnoredPositions.Count == 0
            ? None
            : new(options.IgnoredPositions, (options.IgnoreColumns ?? []).ToHashSet(StringComparer.Ordinal));

    /// <summary>The columns named by header (in JSON Lines, by key), for a renewal's data file.</summary>
    public static IgnoredColumns Named(IReadOnlyList<string>? names) =>
        names is not { Count: > 0 } ? None : new(new HashSet<int>(), names.ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a cell of a row is left out.</summary>
    /// <param name="headerRow">True for a file with a header row (CSV, XLSX), whose cells stand in header order.</param>
    /// <param name="position">The cell's place in its row (in header order for CSV and XLSX).</param>
    /// <param name="header">The cell's header, or its key in a JSON Lines record.</param>
    public bool Ignores(bool headerRow, int position, string header) => (headerRow && Positions.Contains(position)) || Names.Contains(header);
}
