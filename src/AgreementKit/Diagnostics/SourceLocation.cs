namespace AgreementKit.Diagnostics;

/// <summary>
/// Where a diagnostic points: a file, a 1-based line and character column, a JSON path or table column,
/// and for batches the record number. Every part is optional because not every input has all of them; a
/// part that is not known is 0 or null and is never printed (docs/errors.md, "Locations").
/// </summary>
public sealed record SourceLocation
{
    /// <summary>The file (or template, or stream name) the problem is in.</summary>
    public string? File { get; init; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>
    /// 1-based column counted in characters (UTF-16 units, as editors count; not bytes), or 0 when unknown. In
    /// an .xlsx data file it is the sheet column (A = 1), the line being the sheet row.
    /// </summary>
    public int Column { get; init; }

    /// <summary>The parameter path, e.g. <c>term.end</c> or <c>company.name</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The batch record (1-based data row), or 0 outside batches.</summary>
    public int Record { get; init; }

    /// <summary>The batch column header the value came from, if any.</summary>
    public string? ColumnName { get; init; }

    /// <summary>A location that only names a parameter path.</summary>
    public static SourceLocation ForPath(string path) => new() { Path = path };

    /// <summary>
    /// Formats as <c>file(line,col)</c>, or <c>file(line)</c> when the column is unknown, with the record
    /// before and the column header and path after, where known.
    /// </summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Record > 0) parts.Add($"row {Record}");
        if (File is not null)
            parts.Add(Line <= 0 ? File : Column <= 0 ? $"{File}({Line})" : $"{File}({Line},{Column})");
        else if (Line > 0)
            parts.Add(Column <= 0 ? $"line {Line}" : $"line {Line}, column {Column}");
        // Paths and headers come from the input: printed safely (see DisplayText).
        if (ColumnName is not null) parts.Add($"column '{DisplayText.Safe(ColumnName)}'");
        if (!string.IsNullOrEmpty(Path)) parts.Add(DisplayText.Safe(Path));
        return string.Join(": ", parts);
    }
}
