using AgreementKit.Batch;
using AgreementKit.Renewals;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Comparison;
using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Renewals;

/// <summary>Last year's batch renewed: new term, sign date and numbers, per-rep changes from a data file, a redline each, changes.csv.</summary>
public sealed class RenewalTests
{
    [Fact]
    public async Task Last_years_batch_becomes_this_years_agreements_with_a_redline_each()
    {
        using var dir = new TempFolder();
        var lastYear = Batch(dir, 6);
        var data = WriteCsv(dir.Path, "changes-2026.csv", "salesperson.employeeId,targets.retentionRate,salesperson.department", "E1002,88,华南大区销售部");

        var summary = await new RenewalRunner(ExampleCases.Engine).RunAsync(new RenewalOptions
        {
            PackId = Crm, Source = lastYear, OutputFolder = dir["y2026"], SignDate = new DateOnly(2025, 12, 26),
            NumberPattern = "HT-{year}-{seq:0000}", DataFile = data, MaxParallelism = 2,
        });

        Assert.Equal((6, 6, 0), (summary.Batch.Total, summary.Batch.Done, summary.Batch.Failed));
        Assert.Equal(12, Directory.EnumerateFiles(dir["y2026"], "*.docx").Count());
        var third = AgreementRecord.ReadFile(dir["y2026/HT-2026-0003.docx"]);
        var p = JObject.Parse(third.ParametersJson);
        Assert.Equal(("2026-01-01", "2026-12-31", "2025-12-26", 88), ((string)p["term"]!["start"]!, (string)p["term"]!["end"]!, (string)p["contract"]!["signDate"]!, (int)p["targets"]!["retentionRate"]!));
        Assert.Equal("华南大区销售部", (string)p["salesperson"]!["department"]!);
        Assert.Equal(85, (int)JObject.Parse(AgreementRecord.ReadFile(dir["y2026/HT-2026-0001.docx"]).ParametersJson)["targets"]!["retentionRate"]!);

        var redline = File.ReadAllBytes(dir["y2026/HT-2026-0003.redline.docx"]);
        Assert.Empty(Revisions.ValidationErrors(redline));
        Assert.Equal(Revisions.Paragraphs(File.ReadAllBytes(dir["y2026/HT-2026-0003.docx"])), Revisions.Accept(redline));
        Assert.Equal(Revisions.Paragraphs(File.ReadAllBytes(Path.Combine(lastYear, "HT-2025-0002.docx"))), Revisions.Reject(redline));

        var changes = File.ReadAllLines(summary.ChangesReport);
        Assert.Equal(7, changes.Length);
        Assert.StartsWith("row,source,old_number,new_number", changes[0], StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(summary.ChangesReport)[..3]);
        Assert.Contains("targets.retentionRate: 85 → 88", changes[3], StringComparison.Ordinal);
        Assert.Contains(",HT-2025-0002,HT-2026-0003,", changes[3], StringComparison.Ordinal);
        Assert.DoesNotContain("retentionRate", changes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rep_whose_renewal_fails_validation_is_listed_with_located_errors_and_the_others_are_renewed()
    {
        using var dir = new TempFolder();
        var lastYear = Batch(dir, 3);
        var data = WriteCsv(dir.Path, "changes.csv", "salesperson.employeeId,targets.retentionRate", "E1001,150");

        var summary = await new RenewalRunner(ExampleCases.Engine).RunAsync(new RenewalOptions { PackId = Crm, Source = lastYear, OutputFolder = dir["out"], DataFile = data, NumberPattern = "X-{seq}" });

        Assert.Equal((2, 1), (summary.Batch.Done, summary.Batch.Failed));
        var failed = File.ReadAllLines(summary.ChangesReport)[2];
        Assert.Contains(",failed,", failed, StringComparison.Ordinal);
        Assert.Contains("targets.retentionRate", failed, StringComparison.Ordinal);
        // Located at the data file's cell, not only by field: row 1 of changes.csv is line 2.
        Assert.Contains("changes.csv(2", failed, StringComparison.Ordinal);
        Assert.False(File.Exists(dir["out/X-2.docx"]));
        Assert.True(File.Exists(dir["out/X-3.docx"]));
    }

    [Fact]
    public void Renew_data_columns_left_out_with_ignore_column_neither_change_nor_fail_the_renewal()
    {
        using var dir = new TempFolder();
        var lastYear = Batch(dir, 2);
        // 部门编码 is the HR export's own column: no parameter holds it, and it comes first, before the key.
        var data = WriteCsv(dir.Path, "changes.csv", "部门编码,salesperson.employeeId,targets.retentionRate", "D-07,E1001,90");

        var refused = CliRun.Of("renew", Crm, "--from", lastYear, "--out", dir["refused"], "--data", data, "--quiet");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("部门编码", refused.Error, StringComparison.Ordinal);

        var run = CliRun.Of("renew", Crm, "--from", lastYear, "--out", dir["new"], "--data", data, "--ignore-column", "部门编码", "--number", "N-{seq}", "--quiet");
        Assert.True(run.ExitCode == 0, run.Error);
        var second = JObject.Parse(AgreementRecord.ReadFile(dir["new/N-2.docx"]).ParametersJson);
        Assert.Equal(90, (int)second["targets"]!["retentionRate"]!);
        Assert.DoesNotContain("部门编码", File.ReadAllText(dir["new/changes.csv"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Renew_from_a_manifest_on_the_command_line_with_set_and_term_dates()
    {
        using var dir = new TempFolder();
        var lastYear = Batch(dir, 2);
        var run = CliRun.Of("renew", Crm, "--from", Path.Combine(lastYear, "manifest.jsonl"), "--out", dir["new"], "--term-start", "2026-02-01", "--term-end", "2027-01-31",
            "--set", "targets.satisfactionRate=95", "--number", "N-{old}", "--quiet");
        Assert.True(run.ExitCode == 0, run.Error);
        var p = JObject.Parse(AgreementRecord.ReadFile(dir["new/N-HT-2025-0001.docx"]).ParametersJson);
        Assert.Equal(("2026-02-01", "2027-01-31", 95), ((string)p["term"]!["start"]!, (string)p["term"]!["end"]!, (int)p["targets"]!["satisfactionRate"]!));
    }

    [Theory]
    [InlineData("--number", "HT-{month}", "{month}")]
    [InlineData("--set", "targets.nope=1", "targets.nope")]
    [InlineData("--set", "targets.retentionRate=很多", "很多")]
    public void A_bad_rule_stops_the_renewal_before_any_agreement(string option, string value, string named)
    {
        using var dir = new TempFolder();
        var lastYear = Batch(dir, 1);
        var run = CliRun.Of("renew", Crm, "--from", lastYear, "--out", dir["new"], option, value, "--quiet");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["new"]));
    }

    private static string Batch(TempFolder dir, int rows)
    {
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", ["contract.number,salesperson.name,salesperson.employeeId", .. Enumerable.Range(0, rows).Select(i => $"HT-2025-{i:0000},李{i:00},E{1000 + i}")]);
        var summary = Run(Options(csv, dir["y2025"], defaults));
        Assert.Equal(rows, summary.Done);
        return dir["y2025"];
    }
}
