using AgreementKit.Diagnostics;
using AgreementKit.Batch.Rows;

namespace AgreementKit.Batch;

/// <summary>
/// The diagnostics of one row, as the reports show them. A report line names the row, the line where it
/// starts, its column header and field; where a problem lies elsewhere — in the defaults file, in the
/// template, or at a known character of the line (a JSON Lines value) — the message ends with that place,
/// e.g. <c>(at defaults.json(12,5))</c>, so that errors.csv alone says where to look. Each diagnostic also
/// learns its row number.
/// </summary>
internal sealed class RowDiagnostics(DataRow row, string dataFile)
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(ForReport(diagnostic));

    /// <summary>Adds every diagnostic and returns them as added.</summary>
    public IReadOnlyList<Diagnostic> AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        var added = diagnostics.Select(ForReport).ToList();
        _items.AddRange(added);
        return added;
    }

    private Diagnostic ForReport(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var elsewhere = location.File is { } file && !string.Equals(file, dataFile, StringComparison.Ordinal) && location.Line > 0;
        var finer = location.File == dataFile && location.Column > 0;
        var message = elsewhere || finer
            ? $"{diagnostic.Message} (at {new SourceLocation { File = Path.GetFileName(location.File), Line = location.Line, Column = location.Column }})"
            : diagnostic.Message;
        return message == diagnostic.Message && location.Record == row.Number
            ? diagnostic
            : diagnostic with { Message = message, Location = location with { Record = row.Number } };
    }
}
