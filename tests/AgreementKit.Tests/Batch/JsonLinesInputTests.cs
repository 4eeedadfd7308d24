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
        var summary = Run(Options(data, dir["out"], defaults, new Dictionary<string, string> { ["合同编号"] = "contract.number" }) with { Formats = ["md"] });

        // An unknown key is a warning in a parameter file too: the row is produced and the key reported.
        Assert.Equal((4, 1), (summary.Done, summary.Failed));
        Assert.True(File.Exists(Path.Combine(dir["out"], "J-1.md")));
        Assert.True(File.Exists(Path.Combine(dir["out"], "J-2.md")));
        Assert.True(File.Exists(Path.Combine(dir["out"], "J-5.md")));
        var errors = File.ReadAllLines(Path.Combine(dir["out"], "errors.jsonl")).Select(JObject.Parse).ToList();
        Assert.Contains(errors, e => (int)e["row"]! == 3 && (int)e["line"]! == 4 && (string?)e["code"] == "AK1002" && (string?)e["severity"] == "error");
        Assert.Contains(errors, e => (int)e["row"]! == 4 && (string?)e["field"] == "salesperson.nmae" && (string?)e["severity"] == "warning");
    }

    [Fact]
    public void A_line_that_cannot_be_read_has_no_name_says_why_and_is_located_in_the_file()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var data = dir.Write("reps.jsonl", string.Join("\n",
            """{"contract":{"number":"J-1"}}""",
            "",
            """{"contract":{"number":"J-2"},"salesperson":{"name":"王伟","name":"李娜"}}""",
            """{"salesperson":{"name":"张三"}}""") + "\n");

        var summary = Run(Options(data, dir["out"], defaults) with { Formats = ["txt"] });

        Assert.Equal((2, 1), (summary.Done, summary.Failed));
        var errors = File.ReadAllLines(Path.Combine(dir["out"], "errors.jsonl")).Select(JObject.Parse).ToList();
        var unreadable = Assert.Single(errors, e => (int)e["row"]! == 2);
        // No name: the row has no documents, and a name taken from the defaults would be a file never written.
        Assert.Null(unreadable["name"]);
        Assert.Equal(3, (int)unreadable["line"]!);
        var message = (string)unreadable["message"]!;
        Assert.Contains("cannot be read", message, StringComparison.Ordinal);
        // Positions inside the line are file positions: the first "name" is on line 3, not on "line 1" of the row.
        Assert.Contains("line 3, column 45", message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1,", message, StringComparison.Ordinal);
        Assert.Contains(ErrorLines(dir["out"]), l => l.StartsWith("2,3,,", StringComparison.Ordinal));
        // The unreadable row takes no name from anyone: row 3 keeps the defaults' contract number unnumbered.
        Assert.Contains("J-1.txt", Digest(dir["out"], IsDocument).Keys);
        Assert.Contains((string)Example()["contract"]!["number"]! + ".txt", Digest(dir["out"], IsDocument).Keys);
    }

    [Fact]
    public void A_syntax_error_in_a_line_is_located_at_its_file_line_and_column()
    {
        using var dir = new TempFolder();
        var data = dir.Write("reps.jsonl", "{\"contract\":{\"number\":\"J-1\"}}\n\n{\"contract\":{\"number\":\"J-2\"},}\n");
        var source = AgreementKit.Batch.Rows.RowSource.Open(data, null);

        var broken = source.Read(CancellationToken.None).Single(r => r.Number == 2);

        Assert.StartsWith($"row 2: {data}(3,30): error AK1002: ", Assert.Single(broken.Problems).ToString(), StringComparison.Ordinal);
    }
}
