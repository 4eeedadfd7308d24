using System.Globalization;
using System.Text.Json;
using AgreementKit.Batch;

namespace AgreementKit.Cli.Output;

/// <summary>The end of a batch: one summary line on stdout, and on stderr the first problems from errors.jsonl.</summary>
internal static class BatchSummaryPrinter
{
    private const int ProblemsShown = 10;

    public static void Print(CliConsole console, BatchSummary s, bool check)
    {
        var verb = check ? "valid" : "done";
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch: {s.Total} rows: {s.Done} {verb}, {s.Failed} failed, {s.Skipped} skipped, {s.Warnings} warnings; {s.Documents} documents in {ProgressText.Duration(s.Elapsed)} ({s.DocumentsPerSecond:F1} docs/s)"));
        console.Out.WriteLine($"report: {s.ErrorReport}");
        if (s.Manifest is not null) console.Out.WriteLine($"manifest: {s.Manifest}");
        if (s.Failed == 0 && s.Warnings == 0) return;
        var json = Path.ChangeExtension(s.ErrorReport, ".jsonl");
        if (!File.Exists(json)) return;
        var shown = 0;
        foreach (var line in File.ReadLines(json))
        {
            if (shown++ == ProblemsShown)
            {
                console.Error.WriteLine($"… and more in {s.ErrorReport}");
                break;
            }

            console.Error.WriteLine(Describe(line));
        }
    }

    private static string Describe(string line)
    {
        using var document = JsonDocument.Parse(line);
        var e = document.RootElement;
        string? Text(string name) => e.TryGetProperty(name, out var p) ? p.ToString() : null;
        var where = new List<string> { $"row {Text("row")}" };
        if (Text("column") is { } column) where.Add($"column '{column}'");
        if (Text("field") is { } field) where.Add(field);
        return $"{string.Join(": ", where)}: {Text("severity")} {Text("code")}: {Text("message")}";
    }
}
