using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Tests.Cli;
using MiniExcelLibs;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

/// <summary>
/// Columns a batch is told to leave out (the web app's 不使用) are as if the file did not have them: the same
/// documents and the same error report as the file without them, whatever those columns hold. Without the
/// option — as on the command line — such a column still stops the batch.
/// </summary>
public sealed class IgnoredColumnsTests
{
    private static readonly string[] Rows =
    [
        "HT-1,王伟,E1,2025-01-01,2025-12-31",
        "HT-2,李娜,E2,2025-02-30,2025-12-31",
        "HT-3,张三,E3,2025-01-01,2025-12-31",
    ];

    [Fact]
    public void A_csv_export_with_ignored_columns_gives_what_the_file_without_them_gives()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var plain = WriteCsv(dir.Path, "plain.csv", ["合同编号,姓名,工号,开始日期,结束日期", .. Rows]);
        // 部门编码 sits between mapped columns, 入职日期 at the end; their values would be errors if they were read.
        var extra = WriteCsv(dir.Path, "extra.csv", ["合同编号,姓名,部门编码,工号,开始日期,结束日期,入职日期",
            .. Rows.Select((r, i) => Insert(Insert(r, 2, $"D-0{i}"), 6, "去年三月"))]);

        Run(Options(plain, dir["plain"], defaults, HrMap));
        var summary = Run(Options(extra, dir["extra"], defaults, HrMap) with { Ignored = new IgnoredColumns(new HashSet<int> { 2, 6 }, new HashSet<string>()) });

        Assert.Equal((3, 2, 1), (summary.Total, summary.Done, summary.Failed));
        Assert.Equal(Digest(dir["plain"], IsDocument), Digest(dir["extra"], IsDocument));
        Assert.Equal(2, Digest(dir["extra"], IsDocument).Count);
        Assert.Equal(ErrorLines(dir["plain"]), ErrorLines(dir["extra"]));
        Assert.Contains(ErrorLines(dir["extra"]), l => l.StartsWith("2,3,HT-2,开始日期,term.start,error,AK1105,", StringComparison.Ordinal));

        // The command line never leaves a column out: the same file stops before any row.
        var refused = Assert.Throws<AgreementKitException>(() => Run(Options(extra, dir["cli"], defaults, HrMap)));
        Assert.Contains(refused.Diagnostics, d => d.Code == "AK5002" && d.Message.Contains("'部门编码'", StringComparison.Ordinal));
        Assert.Contains(refused.Diagnostics, d => d.Code == "AK5002" && d.Message.Contains("'入职日期'", StringComparison.Ordinal));
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

        var summary = Run(Options(path, dir["out"], defaults, HrMap) with { Ignored = new IgnoredColumns(new HashSet<int> { 1 }, new HashSet<string>()) });

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
            "{\"contract.number\": \"J-1\", \"salesperson.name\": \"王伟\", \"hrCode\": \"D-01\"}\n{\"contract.number\": \"J-2\", \"hrCode\": 7}\n");
        var summary = Run(Options(data, dir["out"], defaults) with { Ignored = new IgnoredColumns(new HashSet<int>(), new HashSet<string> { "hrCode" }) });
        Assert.Equal((2, 0), (summary.Done, summary.Failed));
    }

    private static string Insert(string row, int position, string cell)
    {
        var cells = row.Split(',').ToList();
        cells.Insert(position, cell);
        return string.Join(',', cells);
    }
}
