using AgreementKit.Tests.Cli;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

public sealed class CliBatchTests
{
    [Fact]
    public void A_clean_batch_exits_0_and_prints_a_summary()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var map = dir.Write("map.json", """{"合同编号":"contract.number","姓名":"salesperson.name","工号":"salesperson.employeeId","开始日期":"term.start","结束日期":"term.end"}""");
        var run = CliRun.Of("batch", Crm, "--data", HrCsv(dir.Path, 3), "--map", map, "--defaults", defaults, "--out", dir["out"], "--format", "md", "--jobs", "2");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("batch: 3 rows: 3 done, 0 failed, 0 skipped", run.Out, StringComparison.Ordinal);
        Assert.Contains("docs/s", run.Out, StringComparison.Ordinal);
        Assert.Equal(3, Directory.EnumerateFiles(dir["out"], "*.md").Count());
    }

    [Fact]
    public void A_failed_row_exits_1_and_names_the_row_on_stderr()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number,term.start", "HT-1,2025-01-01", "HT-2,2025-13-45");
        var run = CliRun.Of("batch", Crm, "--data", csv, "--defaults", defaults, "--out", dir["out"], "--format", "txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"row 2: {csv}(3): column 'term.start': error AK1105: term.start: '2025-13-45'", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir["out"], "HT-1.txt")));
    }

    [Fact]
    public void Quiet_prints_nothing()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1");
        var run = CliRun.Of("batch", Crm, "--data", csv, "--defaults", defaults, "--out", dir["out"], "--format", "txt", "--quiet");
        Assert.Equal((0, "", ""), (run.ExitCode, run.Out, run.Error));
    }

    [Theory]
    [InlineData("--shard", "4/3")]
    [InlineData("--shard", "x")]
    [InlineData("--jobs", "0")]
    [InlineData("--format", "odt")]
    [InlineData("--check", "--resume")]
    public void Wrong_command_lines_exit_2(string option, string value)
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1");
        var run = CliRun.Of("batch", Crm, "--data", csv, "--out", dir["out"], option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["out"]));
    }

    [Fact]
    public void A_broken_map_file_or_unknown_column_exits_1_with_a_located_message()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "reps.csv", "合同编号", "HT-1");
        var badMap = dir.Write("map.json", "{\"合同编号\": 3}");
        var run = CliRun.Of("batch", Crm, "--data", csv, "--map", badMap, "--out", dir["out"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("map.json(1,", run.Error, StringComparison.Ordinal);

        var noMap = CliRun.Of("batch", Crm, "--data", csv, "--out", dir["out"]);
        Assert.Equal(1, noMap.ExitCode);
        Assert.Contains("column '合同编号'", noMap.Error, StringComparison.Ordinal);
        Assert.Contains("AK5002", noMap.Error, StringComparison.Ordinal);
    }
}
