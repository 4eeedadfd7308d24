using System.Text;
using AgreementKit.Diagnostics;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// A data file read as a stream of rows. <see cref="Read"/> may be called more than once (the batch
/// reads names first, then renders) and never holds more than one row in memory.
/// </summary>
internal abstract class RowSource
{
    protected RowSource(string path) => Path = path;

    /// <summary>The data file, as the user named it.</summary>
    public string Path { get; }

    /// <summary>The column headers when the format has a header row (CSV, XLSX); null for JSONL.</summary>
    public abstract IReadOnlyList<string>? Headers { get; }

    /// <summary>
    /// Where each header stands on line 1: its character column in a CSV file, its sheet column in an
    /// .xlsx workbook; 0 where that is not known. Null for JSONL.
    /// </summary>
    public abstract IReadOnlyList<int>? HeaderColumns { get; }

    public abstract IEnumerable<DataRow> Read(CancellationToken cancellationToken);

    /// <summary>Opens <paramref name="path"/> by its extension; throws <see cref="AgreementKitException"/> (AK5001) when it cannot be used.</summary>
    public static RowSource Open(string path, Encoding? encoding)
    {
        if (!File.Exists(path))
            throw Problem(path, Directory.Exists(path) ? "is a folder, not a data file" : "does not exist");
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (encoding is not null && extension != ".csv")
            throw Problem(path, "--encoding applies to .csv files only; .jsonl is always UTF-8 and .xlsx carries its own encoding");
        return extension switch
        {
            ".csv" => CsvRowSource.Open(path, encoding),
            ".jsonl" or ".ndjson" => new JsonLinesRowSource(path),
            ".xlsx" => XlsxRowSource.Open(path),
            _ => throw Problem(path, "has an unknown kind; use .csv, .jsonl or .xlsx"),
        };
    }

    /// <summary>A record that cannot be read: why, at its place in the file, and what becomes of it.</summary>
    protected Diagnostic Unreadable(string code, string why, SourceLocation location) =>
        Diagnostic.Error(code, $"the row cannot be read, so it gets no file name and no documents: {why}", location with { File = Path });

    /// <summary>The data file as a whole cannot be used (AK5001), located at <paramref name="line"/> when given.</summary>
    internal static AgreementKitException Problem(string path, string what, int line = 0) =>
        new([Diagnostic.Error(DiagnosticCodes.BatchInput, $"the data file {what}", new SourceLocation { File = path, Line = line })]);
}
