using AgreementKit.Batch;
using AgreementKit.Batch.Rows;
using AgreementKit.Tests.Cli;
using Newtonsoft.Json.Linq;
using MiniExcelLibs;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

public sealed class XlsxInputTests
{
    private static string Workbook(TempFolder dir)
    {
        var path = dir["reps.xlsx"];
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["合同编号"] = "007", ["姓名"] = "王伟", ["工号"] = "1E5", ["开始日期"] = new DateTime(2025, 1, 1), ["结束日期"] = "2025-12-31", ["targets.satisfactionRate"] = 95 },
            new() { ["合同编号"] = "HT-2", ["姓名"] = "李娜", ["工号"] = "E2", ["开始日期"] = new DateTime(2025, 2, 1), ["结束日期"] = new DateTime(2025, 12, 31), ["targets.satisfactionRate"] = null },
        };
        MiniExcel.SaveAs(path, rows);
        return path;
    }

    [Fact]
    public void The_first_sheet_is_read_with_date_cells_as_iso_dates_and_ids_as_text()
    {
        using var dir = new TempFolder();
        var source = RowSource.Open(Workbook(dir), null);
        Assert.Equal(["合同编号", "姓名", "工号", "开始日期", "结束日期", "targets.satisfactionRate"], source.Headers);
        var columns = ColumnMapping.Create(HrMap, CsvInputTests.Fields(), source);
        var rows = source.Read(CancellationToken.None).Select(columns.Build).ToList();
        Assert.All(rows, r => Assert.Empty(r.Problems));
        Assert.Equal("007", (string?)rows[0].Values["contract"]!["number"]);
        Assert.Equal("1E5", (string?)rows[0].Values["salesperson"]!["employeeId"]);
        Assert.Equal("2025-01-01", (string?)rows[0].Values["term"]!["start"]);
        Assert.Equal(95L, rows[0].Values["targets"]!["satisfactionRate"]!.Value<long>());
        Assert.Equal("2025-12-31", (string?)rows[1].Values["term"]!["end"]);
        Assert.Null(rows[1].Values["targets"]);
    }

    [Fact]
    public void A_workbook_batch_renders_its_rows_and_refuses_an_empty_cell_the_defaults_would_fill()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var summary = Run(Options(Workbook(dir), dir["out"], defaults, HrMap) with { Formats = ["txt"] });
        Assert.Equal((1, 1), (summary.Done, summary.Failed));
        Assert.Contains("王伟", File.ReadAllText(Path.Combine(dir["out"], "007.txt")), StringComparison.Ordinal);
        var errors = File.ReadAllText(Path.Combine(dir["out"], "errors.csv"));
        Assert.Contains("AK5002", errors, StringComparison.Ordinal);
        Assert.Contains("targets.satisfactionRate", errors, StringComparison.Ordinal);
    }
}
