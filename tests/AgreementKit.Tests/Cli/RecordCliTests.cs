using AgreementKit.Tests.Comparison;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Cli;

/// <summary>params, render --params FILE.docx and diff as a user runs them.</summary>
public sealed class RecordCliTests
{
    [Fact]
    public void Params_round_trips_and_render_from_a_DOCX_reproduces_it_byte_for_byte()
    {
        using var dir = new TempFolder();
        var example = WriteJson(dir.Path, "old.json", Example());
        Assert.Equal(0, CliRun.Of("render", Crm, "--params", example, "--format", "docx", "--out", dir["old.docx"]).ExitCode);

        var shown = CliRun.Of("params", dir["old.docx"]);
        Assert.Equal(0, shown.ExitCode);
        var record = JObject.Parse(shown.Out);
        Assert.Equal(Crm, (string)record["pack"]!);
        Assert.True(JToken.DeepEquals(Example(), record["parameters"]));
        var only = CliRun.Of("params", dir["old.docx"], "--parameters-only");
        Assert.True(JToken.DeepEquals(Example(), JObject.Parse(only.Out)));

        Assert.Equal(0, CliRun.Of("render", Crm, "--params", dir["old.docx"], "--format", "docx", "--out", dir["again.docx"]).ExitCode);
        Assert.Equal(File.ReadAllBytes(dir["old.docx"]), File.ReadAllBytes(dir["again.docx"]));

        var other = CliRun.Of("render", Agent, "--params", dir["old.docx"], "--out", dir["x.docx"]);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("AK6002", other.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir["x.docx"]));
    }

    [Fact]
    public void Params_of_a_file_without_a_record_names_the_file_and_exits_1()
    {
        using var dir = new TempFolder();
        var json = dir.Write("p.docx", "not a zip");
        var run = CliRun.Of("params", json);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("p.docx", run.Error, StringComparison.Ordinal);
        Assert.Contains("AK6001", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("red.docx")]
    [InlineData("report.md")]
    [InlineData("report.html")]
    public void Diff_writes_a_redline_or_a_change_report_and_a_summary_line(string output)
    {
        using var dir = new TempFolder();
        var old = WriteJson(dir.Path, "old.json", Example());
        var @new = WriteJson(dir.Path, "new.json", Example(change: p => p["targets"]!["retentionRate"] = 88));
        Assert.Equal(0, CliRun.Of("render", Crm, "--params", old, "--out", dir["old.docx"]).ExitCode);

        var run = CliRun.Of("diff", dir["old.docx"], @new, "--pack", Crm, "--out", dir[output]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("clauses: 0 added, 0 removed, 1 changed, 0 moved", run.Out, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(dir[output]);
        if (output.EndsWith(".docx", StringComparison.Ordinal))
        {
            Assert.Empty(Revisions.ValidationErrors(bytes));
            return;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("<del>85</del><ins>88</ins>", text, StringComparison.Ordinal);
        Assert.Contains("targets.retentionRate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_parameter_file_without_pack_is_a_usage_error()
    {
        using var dir = new TempFolder();
        var p = WriteJson(dir.Path, "p.json", Example());
        Assert.Equal(2, CliRun.Of("diff", p, p, "--out", dir["r.docx"]).ExitCode);
    }
}
