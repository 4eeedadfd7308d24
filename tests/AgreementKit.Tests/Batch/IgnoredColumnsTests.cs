using AgreementKit.Diagnostics;
using AgreementKit.Tests.Cli;
using MiniExcelLibs;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

/// <summary>
/// Columns a batch is told to leave out (<c>--ignore-column</c>, the web app's 不使用) are as if the file did not
/// have them: the same documents and the same error report as the file without them, whatever those columns hold.
/// Without the option such a column still stops the batch, and a name that is not a column is refused, not ignored.
/// </summary>
public sealed class IgnoredColumnsTests
{
    private static readonly string[] Rows =
    [
        "HT-1,王伟,E1,2025-01-01,2025-12-31",
        "HT-2,李娜,E2,2025-02-30,2025-12-31",
        "HT-3,张三,E3,2025-01-01,2025-12-31",
    ];

    private static readonly HashSet<int> NoPositions = [];

    [Fact]
    public void A_csv_export_with_ignored_columns_gives_what_the_file_without_them_gives()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var (plain, extra) = Exports(dir);

        Run(Options(plain, dir["plain"], defaults, HrMap));
        var byName = Run(Options(extra, dir["by-name"], defaults, HrMap) with { IgnoreColumns = ["部门编码", "入职日期"] });
        var byPosition = Run(Options(extra, dir["by-position"], defaults, HrMap) with { IgnoredPositions = new HashSet<int> { 2, 6 } });

        Assert.Equal((3, 2, 1), (byName.Total, byName.Done, byName.Failed));
        Assert.Equal((3, 2, 1), (byPosition.Total, byPosition.Done, byPosition.Failed));
        Assert.Equal(2, Digest(dir["plain"], IsDocument).Count);
        Assert.Equal(Digest(dir["plain"], IsDocument), Digest(dir["by-name"], IsDocument));
        Assert.Equal(Digest(dir["plain"], IsDocument), Digest(dir["by-position"], IsDocument));
        Assert.Equal(ErrorLines(dir["plain"]), ErrorLines(dir["by-name"]));
        Assert.Equal(ErrorLines(dir["plain"]), ErrorLines(dir["by-position"]));
        Assert.Contains(ErrorLines(dir["by-name"]), l => l.StartsWith("2,3,HT-2,开始日期,term.start,error,AK1105,", StringComparison.Ordinal));

        // Not told to leave them out, the batch stops before any row at both columns.
        var refused = Assert.Throws<AgreementKitException>(() => Run(Options(extra, dir["all"], defaults, HrMap)));
        Assert.Contains(refused.Diagnostics, d => d.Code == "AK5002" && d.Message.Contains("'部门编码'", StringComparison.Ordinal) && d.Message.Contains("--ignore-column", StringComparison.Ordinal));
        Assert.Contains(refused.Diagnostics, d => d.Code == "AK5002" && d.Message.Contains("'入职日期'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_line_leaves_out_each_ignore_column()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var map = dir.Write("map.json", """{"合同编号":"contract.number","姓名":"salesperson.name","工号":"salesperson.employeeId","开始日期":"term.start","结束日期":"term.end"}""");
        var (plain, extra) = Exports(dir);

        var without = CliRun.Of("batch", Crm, "--data", plain, "--map", map, "--defaults", defaults, "--out", dir["plain"], "--quiet");
        var run = CliRun.Of("batch", Crm, "--data", extra, "--map", map, "--defaults", defaults, "--out", dir["out"],
            "--ignore-column", "部门编码", "--ignore-column", "入职日期", "--quiet");

        Assert.Equal((1, 1), (without.ExitCode, run.ExitCode));
        Assert.Equal(["HT-1.docx", "HT-3.docx"], Digest(dir["out"], IsDocument).Keys);
        Assert.Equal(Digest(dir["plain"], IsDocument), Digest(dir["out"], IsDocument));
        Assert.Equal(ErrorLines(dir["plain"]), ErrorLines(dir["out"]));

        // One of the two left in: that column alone stops the batch, named with the way out.
        var one = CliRun.Of("batch", Crm, "--data", extra, "--map", map, "--defaults", defaults, "--out", dir["one"], "--ignore-column", "部门编码");
        Assert.Equal(1, one.ExitCode);
        Assert.Contains("error AK5002: the column '入职日期' is not a parameter path of the pack", one.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("部门编码", one.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir["one"]) && Directory.EnumerateFiles(dir["one"], "*.docx").Any());
    }

    [Fact]
    public void A_name_that_is_no_column_or_is_also_mapped_is_refused_before_any_row()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var (_, extra) = Exports(dir);

        // A misspelt name would silently keep the column it meant to drop.
        var misspelt = Assert.Throws<AgreementKitException>(() =>
            Run(Options(extra, dir["out"], defaults, HrMap) with { IgnoreColumns = ["部门编号", "入职日期"] }));
        var unknown = Assert.Single(misspelt.Diagnostics, d => d.Message.Contains("'部门编号'", StringComparison.Ordinal));
        Assert.Equal("AK5002", unknown.Code);
        Assert.Equal("the column '部门编号' to leave out (--ignore-column) is not in the file; its headers are '合同编号', '姓名', '部门编码', '工号', '开始日期', '结束日期', '入职日期'",
            unknown.Message);
        Assert.Equal((1, "部门编号"), (unknown.Location!.Line, unknown.Location.ColumnName));
        Assert.Contains(misspelt.Diagnostics, d => d.Message.StartsWith("the column '部门编码' is not a parameter path", StringComparison.Ordinal));

        var both = Assert.Throws<AgreementKitException>(() =>
            Run(Options(extra, dir["out"], defaults, HrMap) with { IgnoreColumns = ["部门编码", "入职日期", "姓名"] }));
        Assert.Equal("the column '姓名' is both left out (--ignore-column) and sent to salesperson.name (--map); keep one of the two",
            Assert.Single(both.Diagnostics).Message);
        Assert.False(Directory.Exists(dir["out"]) && Directory.EnumerateFileSystemEntries(dir["out"]).Any());
    }

    [Fact]
    public void An_ignored_column_in_the_middle_of_a_workbook_is_left_out_whatever_its_cells_hold()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var path = dir["reps.xlsx"];
        MiniExcel.SaveAs(path, new List<Dictionary<string, object?>>
        {
            new() { ["合同编号"] = "HT-1", ["备注"] = "老客户", ["姓名"] = "王伟", ["开始日期"] = "2025-02-30" },
            new() { ["合同编号"] = "HT-2", ["备注"] = 42, ["姓名"] = "李娜", ["开始日期"] = "2025-01-01" },
        });

        var summary = Run(Options(path, dir["out"], defaults, HrMap) with { IgnoredPositions = new HashSet<int> { 1 } });

        Assert.Equal((1, 1), (summary.Done, summary.Failed));
        Assert.Equal(["HT-2.docx"], Digest(dir["out"], IsDocument).Keys);
        Assert.StartsWith("1,2,HT-1,开始日期,term.start,error,AK1105,", Assert.Single(ErrorLines(dir["out"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Ignored_keys_of_json_lines_are_left_out_of_every_record()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var data = dir.Write("reps.jsonl",
            "{\"contract.number\": \"J-1\", \"salesperson.name\": \"王伟\", \"hrCode\": \"D-01\"}\n{\"contract.number\": \"J-2\", \"hrCode\": 7}\n{\"contract.number\": \"J-3\"}\n");

        // Each record with the key fails without the option; a record without it is no error either way.
        var kept = Run(Options(data, dir["kept"], defaults));
        Assert.Equal((1, 2), (kept.Done, kept.Failed));

        var summary = Run(Options(data, dir["out"], defaults) with { IgnoreColumns = ["hrCode"] });
        Assert.Equal((3, 0), (summary.Done, summary.Failed));
        Assert.Equal(["J-1.docx", "J-2.docx", "J-3.docx"], Digest(dir["out"], IsDocument).Keys);
    }

    /// <summary>The same three rows without and with an HR system's extra columns (部门编码 third, 入职日期 last), whose values no field would accept.</summary>
    private static (string Plain, string Extra) Exports(TempFolder dir)
    {
        var plain = WriteCsv(dir.Path, "plain.csv", ["合同编号,姓名,工号,开始日期,结束日期", .. Rows]);
        var extra = WriteCsv(dir.Path, "extra.csv", ["合同编号,姓名,部门编码,工号,开始日期,结束日期,入职日期",
            .. Rows.Select((r, i) => Insert(Insert(r, 2, $"D-0{i}"), 6, "去年三月"))]);
        return (plain, extra);
    }

    private static string Insert(string row, int position, string cell)
    {
        var cells = row.Split(',').ToList();
        cells.Insert(position, cell);
        return string.Join(',', cells);
    }
}
