using System.Globalization;
using AgreementKit.Batch.Output;
using AgreementKit.Diagnostics;
using CsvHelper;

namespace AgreementKit.Renewals;

/// <summary>
/// <c>changes.csv</c>: one row per agreement, in renewal order — last year's file and number, this year's,
/// the redline, the counts of clauses added, removed, changed and moved, the parameters that changed
/// (old → new), the pack versions, and for a renewal that failed its located errors. For Excel: UTF-8 with
/// BOM, CRLF, formula-safe cells. Written under a temporary name and renamed when complete.
/// </summary>
internal sealed class ChangesReport : IDisposable
{
    private static readonly string[] Header =
    [
        "row", "source", "old_number", "new_number", "file", "redline", "status", "clauses_added", "clauses_removed",
        "clauses_changed", "clauses_moved", "other_changes", "changed_parameters", "pack_version", "errors",
    ];

    private readonly OutputFolder _folder;
    private readonly string _name;
    private readonly string _temp;
    private readonly FileStream _stream;
    private readonly CsvWriter _csv;
    private bool _committed;

    public ChangesReport(OutputFolder folder, string name)
    {
        _folder = folder;
        _name = name;
        _temp = folder.NewTempPath();
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write);
        _csv = CsvWriter.Create(_stream, new CsvWriterOptions { WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        _csv.WriteHeader(Header);
    }

    public void Add(ChangeRow row)
    {
        static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
        var s = row.Summary;
        var version = row.OldPackVersion is null || row.OldPackVersion == row.NewPackVersion ? row.NewPackVersion ?? row.OldPackVersion ?? ""
            : $"{row.OldPackVersion} → {row.NewPackVersion ?? "?"}";
        string[] cells =
        [
            N(row.Row), row.Source, row.OldNumber ?? "", row.NewNumber ?? "", row.File ?? "", row.Redline ?? "",
            row.Failed ? "failed" : "renewed", N(s?.ClausesAdded), N(s?.ClausesRemoved), N(s?.ClausesChanged), N(s?.ClausesMoved), N(s?.OtherChanges),
            string.Join("; ", row.Parameters.Select(p => $"{p.Path}: {p.OldValue ?? "—"} → {p.NewValue ?? "—"}")),
            version,
            string.Join("; ", row.Errors.Where(e => e.IsError).Select(Describe)),
        ];
        _csv.WriteRecord(cells.Select(SpreadsheetText.Neutralize).ToArray());
    }

    public string Commit()
    {
        _csv.Flush();
        _stream.Flush(flushToDisk: true);
        _csv.Dispose();
        _stream.Dispose();
        _folder.Commit(_temp, _name);
        _committed = true;
        return _folder.PathOf(_name);
    }

    public void Dispose()
    {
        if (_committed) return;
        _csv.Dispose();
        _stream.Dispose();
        OutputFolder.TryDelete(_temp);
    }

    private static string Describe(Diagnostic d)
    {
        // The cell (file and line, column when known) where the value came from, then the field it fills.
        var location = d.Location;
        var file = location.File is { } name ? Path.GetFileName(name) + (location.Line > 0 ? location.Column > 0 ? $"({location.Line},{location.Column})" : $"({location.Line})" : "") : null;
        var where = string.Join(" ", new[] { file, location.Path is { Length: > 0 } p ? p : null }.Where(w => w is not null));
        return where.Length == 0 ? $"{d.Code}: {d.Message}" : $"{d.Code} {where}: {d.Message}";
    }
}
