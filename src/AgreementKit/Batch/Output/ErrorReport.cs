using System.Globalization;
using AgreementKit.Diagnostics;
using CsvHelper;

namespace AgreementKit.Batch.Output;

/// <summary>
/// <c>errors.csv</c> (for people, opened in Excel: UTF-8 with BOM, formula-safe cells) and
/// <c>errors.jsonl</c> (for programs): one line per problem with row, line, file name, column, field,
/// severity, code and message. Both are written under temporary names and appear complete at the end,
/// also when there is no problem at all, so a report never describes an older run.
/// </summary>
internal sealed class ErrorReport : IDisposable
{
    private static readonly string[] Header = ["row", "line", "name", "column", "field", "severity", "code", "message"];

    private readonly OutputFolder _folder;
    private readonly string _csvName;
    private readonly string _jsonName;
    private readonly string _csvTemp;
    private readonly string _jsonTemp;
    private readonly FileStream _csvStream;
    private readonly CsvWriter _csv;
    private readonly FileStream _json;
    private bool _committed;

    public ErrorReport(OutputFolder folder, string csvName, string jsonName)
    {
        _folder = folder;
        _csvName = csvName;
        _jsonName = jsonName;
        _csvTemp = folder.NewTempPath();
        _jsonTemp = folder.NewTempPath();
        // The BOM tells Excel the file is UTF-8; without it Chinese Windows shows GBK mojibake.
        _csvStream = new FileStream(_csvTemp, FileMode.CreateNew, FileAccess.Write);
        _csv = CsvWriter.Create(_csvStream, new CsvWriterOptions { WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        _json = new FileStream(_jsonTemp, FileMode.CreateNew, FileAccess.Write);
        _csv.WriteHeader(Header);
    }

    /// <summary>How many errors (not warnings) were added.</summary>
    public int Errors { get; private set; }

    /// <summary>How many warnings were added.</summary>
    public int Warnings { get; private set; }

    public void Add(int row, int line, string? name, Diagnostic diagnostic)
    {
        if (diagnostic.IsError) Errors++;
        else Warnings++;
        var cells = new[]
        {
            row.ToString(CultureInfo.InvariantCulture), line > 0 ? line.ToString(CultureInfo.InvariantCulture) : "",
            name ?? "", diagnostic.Location.ColumnName ?? "", diagnostic.Location.Path ?? "",
            diagnostic.IsError ? "error" : "warning", diagnostic.Code, diagnostic.Message,
        };
        _csv.WriteRecord(cells.Select(SpreadsheetText.Neutralize).ToArray());
        _json.Write(BatchJson.Line(w =>
        {
            w.WriteNumber("row", row);
            if (line > 0) w.WriteNumber("line", line);
            if (name is not null) w.WriteString("name", name);
            BatchJson.WriteDiagnostic(w, diagnostic);
        }));
    }

    /// <summary>Flushes both files to disk and gives them their real names.</summary>
    public (string Csv, string Json) Commit()
    {
        _csv.Flush();
        _csvStream.Flush(flushToDisk: true);
        _csv.Dispose();
        _csvStream.Dispose();
        _json.Flush(flushToDisk: true);
        _json.Dispose();
        _folder.Commit(_csvTemp, _csvName);
        _folder.Commit(_jsonTemp, _jsonName);
        _committed = true;
        return (_folder.PathOf(_csvName), _folder.PathOf(_jsonName));
    }

    public void Dispose()
    {
        if (_committed) return;
        _csv.Dispose();
        _csvStream.Dispose();
        _json.Dispose();
        OutputFolder.TryDelete(_csvTemp);
        OutputFolder.TryDelete(_jsonTemp);
    }
}
