using System.Text;
using AgreementKit.Tests.Cli;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// The batch promises R11, R14, R15 and R17 through the <c>agreementkit batch</c> command, end to end.
/// The batch's own suite (tests/…/Batch: sanitiser properties, NFC vectors, kill -9 and resume) goes deeper.
/// </summary>
public sealed class BatchPromiseTests
{
    private static readonly char[] WindowsForbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    private static CliRun Batch(TempFolder dir, string csv, params string[] more) =>
        CliRun.Of(["batch", Crm, "--data", csv, "--defaults", WriteJson(dir.Path, "defaults.json", Example()), "--out", dir["out"], "--format", "txt", "--jobs", "2", .. more]);

    private static IReadOnlyList<string> Documents(TempFolder dir) =>
        Directory.Exists(dir["out"]) ? Directory.EnumerateFiles(dir["out"]).Select(f => Path.GetFileName(f)).Where(IsDocument).Order(StringComparer.Ordinal).ToList() : [];

    [Fact]
    public void R11_hostile_names_become_portable_file_names_inside_out()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "rows.csv", "contract.number", "CON", "a/b\\c:d*e?f", "../../etc/passwd", "Ｃａｆｅ\u0301 ", new string('长', 40), "com1.txt");
        var run = Batch(dir, csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var names = Documents(dir);
        Assert.Equal(6, names.Count);
        foreach (var name in names)
        {
            Assert.True(name.IndexOfAny(WindowsForbidden) < 0 && name.All(c => c >= 0x20), name);
            var stem = name.Split('.')[0].ToUpperInvariant();
            Assert.DoesNotMatch(@"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$", stem);
            Assert.InRange(Encoding.UTF8.GetByteCount(name), 1, 255);
            Assert.False(name.EndsWith('.') || name.EndsWith(' '), name);
            Assert.Equal(name.Normalize(NormalizationForm.FormC), name);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Except(["rows.csv", "defaults.json", "out"]));
        Assert.False(File.Exists("/etc/passwd.txt"));
    }

    [Fact]
    public void R14_bad_rows_are_reported_by_row_and_field_and_the_good_ones_produced()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "rows.csv", "contract.number,term.start", "HT-1,2025-01-01", "HT-2,2025-13-45", "HT-3,2025-02-01", "HT-4,");
        var run = Batch(dir, csv);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"row 2: {csv}(3): column 'term.start'", run.Error, StringComparison.Ordinal);
        Assert.Contains("row 4:", run.Error, StringComparison.Ordinal);
        Assert.Equal(["HT-1.txt", "HT-3.txt"], Documents(dir));
        var report = File.ReadAllText(Path.Combine(dir["out"], "errors.csv"));
        Assert.Contains("term.start", report, StringComparison.Ordinal);
    }

    [Fact]
    public void R14_check_validates_every_row_and_writes_only_the_report()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "rows.csv", "contract.number,term.start", "HT-1,2025-01-01", "HT-2,2025-13-45");
        var run = Batch(dir, csv, "--check");
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(Documents(dir));
        Assert.Contains("row 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void R14_names_that_collide_after_case_folding_and_nfc_are_never_silently_overwritten()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "rows.csv", "contract.number", "HT-1", "ht-1", "Cafe\u0301", "Café");
        var run = Batch(dir, csv);
        var names = Documents(dir);
        // Every row keeps its own file (the later one renamed), and each renaming is reported.
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(4, names.Count);
        Assert.Equal(4, names.Select(n => n.Normalize(NormalizationForm.FormC).ToUpperInvariant()).Distinct().Count());
        var report = File.ReadAllLines(Path.Combine(dir["out"], "errors.csv"), Encoding.UTF8);
        Assert.Equal(["2", "4"], report.Where(l => l.Contains("AK5004", StringComparison.Ordinal)).Select(l => l.Split(',')[0]).ToArray());
    }

    [Fact]
    public void R15_a_rerun_with_resume_skips_finished_rows_and_changes_nothing()
    {
        using var dir = new TempFolder();
        var csv = HrCsv(dir.Path, 4);
        var map = dir.Write("map.json", """{"合同编号":"contract.number","姓名":"salesperson.name","工号":"salesperson.employeeId","开始日期":"term.start","结束日期":"term.end"}""");
        var first = Batch(dir, csv, "--map", map);
        Assert.True(first.ExitCode == 0, first.Error);
        var before = Digest(dir["out"], IsDocument);
        var again = Batch(dir, csv, "--map", map, "--resume");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("4 skipped", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, Digest(dir["out"], IsDocument));
        Assert.Equal(4, before.Count);
    }

    [Fact]
    public void R17_report_cells_never_start_a_formula()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "rows.csv", "contract.number,term.start", "\"=HYPERLINK(\"\"http://x\"\")\",=1+2", "+HT,@SUM(A1)", "-HT,\"\tx\"");
        Batch(dir, csv);
        var report = File.ReadAllLines(Path.Combine(dir["out"], "errors.csv"), Encoding.UTF8);
        Assert.True(report.Length > 1);
        foreach (var line in report.Skip(1))
        foreach (var cell in line.Split(','))
        {
            var text = cell.Trim('"');
            Assert.False(text.Length > 0 && "=+-@\t\r".Contains(text[0]), $"a cell starts a formula: {cell}");
        }
    }
}
