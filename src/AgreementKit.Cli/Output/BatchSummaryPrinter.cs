using System.Globalization;
using System.Text.Json;
using AgreementKit.Batch;
using AgreementKit.Batch.Output;

namespace AgreementKit.Cli.Output;

/// <summary>
/// The end of a batch: one summary line on stdout, and on stderr the first problems from errors.jsonl, each
/// printed like any other diagnostic: <c>row 2: reps.csv(3): column '开始日期': error AK1105: …</c>.
/// </summary>
internal static class BatchSummaryPrinter
{
    private const int ProblemsShown = 10;

    public static void Print(CliConsole console, BatchSummary s, bool check, string? dataFile = null)
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

            console.Error.WriteLine(Describe(line, dataFile));
        }
    }

    private static string Describe(string line, string? dataFile)
    {
        using var document = JsonDocument.Parse(line);
        var e = document.RootElement;
        var row = e.GetProperty("row").GetInt32();
        var at = e.TryGetProperty("line", out var number) ? number.GetInt32() : 0;
        return BatchJson.ReadDiagnostic(e, row, at, dataFile).ToString();
    }
}
