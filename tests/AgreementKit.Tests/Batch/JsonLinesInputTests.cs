using AgreementKit.Tests.Cli;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

public sealed class JsonLinesInputTests
{
    [Fact]
    public void Each_line_is_a_partial_parameter_document_and_a_broken_line_fails_alone()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var data = dir.Write("reps.jsonl", string.Join("\n",
            """{"contract":{"number":"J-1"},"salesperson":{"name":"王伟","employeeId":"007"}}""",
            "",
            """{"contract.number":"J-2","salesperson.name":"李娜","targets":{"satisfactionRate":95}}""",
            """{"contract":{"number":"J-3"}""",
            """{"contract":{"number":"J-4"},"salesperson":{"nmae":"x"}}""",
            """{"合同编号":"J-5"}""") + "\n");
        var summary = Run(Options(data, dir["out"], defaults, new Dictionary<string, string> { ["合同编号"] = "contract.number" }) with { Formats = [OutputFormat.Markdown] });

        // An unknown key is a warning in a parameter file too: the row is produced and the key reported.
        Assert.Equal((4, 1), (summary.Done, summary.Failed));
        Assert.True(File.Exists(Path.Combine(dir["out"], "J-1.md")));
        Assert.True(File.Exists(Path.Combine(dir["out"], "J-2.md")));
        Assert.True(File.Exists(Path.Combine(dir["out"], "J-5.md")));
        var errors = File.ReadAllLines(Path.Combine(dir["out"], "errors.jsonl")).Select(JObject.Parse).ToList();
        Assert.Contains(errors, e => (int)e["row"]! == 3 && (int)e["line"]! == 4 && (string?)e["code"] == "AK1002" && (string?)e["severity"] == "error");
        Assert.Contains(errors, e => (int)e["row"]! == 4 && (string?)e["field"] == "salesperson.nmae" && (string?)e["severity"] == "warning");
    }
}
