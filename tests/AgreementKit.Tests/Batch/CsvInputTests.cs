using System.Text;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using AgreementKit.Tests.Cli;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

public sealed class CsvInputTests
{
    internal static FieldTypes Fields(string pack = Crm)
    {
        var p = BatchData.Engine.GetPack(pack);
        return new FieldTypes(ParameterSchema.LoadAsync(p.SchemaJson, p.Rules, p.Id).GetAwaiter().GetResult().Schema);
    }

    [Fact]
    public void Chinese_headers_bom_crlf_and_quoted_line_breaks_are_read_and_mapped()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "hr.csv",
            "合同编号,姓名,工号,开始日期,结束日期",
            "007,\"王,伟\",1E5,2025-01-01,2025-12-31",
            "\"HT-2\r\n第二行\",李娜,E2,2025-02-01,2025-12-31",
            "HT-3,张三,,2025-03-01,2025-12-31");
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(csv)[..3]);

        var source = RowSource.Open(csv, null);
        Assert.Equal(["合同编号", "姓名", "工号", "开始日期", "结束日期"], source.Headers);
        var columns = ColumnMapping.Create(HrMap, Fields(), source);
        var rows = source.Read(CancellationToken.None).ToList();
        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Equal([2, 3, 5], rows.Select(r => r.Line));

        var first = columns.Build(rows[0]);
        Assert.Empty(first.Problems);
        Assert.Equal("007", (string?)first.Values["contract"]!["number"]);
        Assert.Equal("王,伟", (string?)first.Values["salesperson"]!["name"]);
        Assert.Equal("1E5", (string?)first.Values["salesperson"]!["employeeId"]);
        Assert.Equal("2025-01-01", (string?)first.Values["term"]!["start"]);
        Assert.Equal("姓名", first.ColumnOf("salesperson.name"));

        Assert.Equal("HT-2\r\n第二行", (string?)columns.Build(rows[1]).Values["contract"]!["number"]);
        var third = columns.Build(rows[2]);
        Assert.Null(third.Values["salesperson"]!["employeeId"]);
        Assert.Equal("工号", third.EmptyColumns["salesperson.employeeId"]);
    }

    [Fact]
    public void Dotted_headers_need_no_map_and_unknown_headers_stop_the_batch_before_any_row()
    {
        using var dir = new TempFolder();
        var good = WriteCsv(dir.Path, "paths.csv", "contract.number,salesperson.name,targets.satisfactionRate", "HT-1,王伟,95");
        var source = RowSource.Open(good, null);
        var row = ColumnMapping.Create(null, Fields(), source).Build(source.Read(CancellationToken.None).Single());
        Assert.Equal(95L, row.Values["targets"]!["satisfactionRate"]!.Value<long>());

        var bad = WriteCsv(dir.Path, "bad.csv", "contract.number,salesperson.nmae,姓名,,contract.number", "HT-1,x,y,,z");
        var e = Assert.Throws<AgreementKitException>(() => ColumnMapping.Create(null, Fields(), RowSource.Open(bad, null)));
        Assert.All(e.Diagnostics, d => Assert.Equal("AK5002", d.Code));
        Assert.Contains(e.Diagnostics, d => d.Location.ColumnName == "salesperson.nmae");
        Assert.Contains(e.Diagnostics, d => d.Location.ColumnName == "姓名" && d.Message.Contains("--map", StringComparison.Ordinal));
        // Columns are characters of line 1: the fourth, empty header starts at character 37.
        Assert.Contains(e.Diagnostics, d => d.Location.Column == 37 && d.Message.Contains("column 4 has no header", StringComparison.Ordinal));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("both give contract.number", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_rows_are_reported_on_their_own()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "x.csv", "contract.number,salesperson.name", "HT-1,王伟", "HT-2", "HT-3,李\"娜\"", "HT-4,张三");
        var rows = RowSource.Open(csv, null).Read(CancellationToken.None).ToList();
        Assert.Empty(rows[0].Problems);
        Assert.Contains("1 cells", Assert.Single(rows[1].Problems).Message, StringComparison.Ordinal);
        Assert.Equal(3, rows[1].Problems[0].Location.Line);
        Assert.Contains("quote", Assert.Single(rows[2].Problems).Message, StringComparison.Ordinal);
        Assert.Empty(rows[3].Problems);
    }

    [Fact]
    public void A_gbk_file_is_refused_with_its_line_unless_the_encoding_is_given()
    {
        using var dir = new TempFolder();
        var gb = InputEncodingFor("gb18030");
        var path = dir["gbk.csv"];
        File.WriteAllBytes(path, gb.GetBytes("contract.number,salesperson.name\r\nHT-1,Wang\r\nHT-2,王伟\r\n"));

        var e = Assert.Throws<AgreementKitException>(() => RowSource.Open(path, null));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("AK1001", d.Code);
        Assert.Equal(3, d.Location.Line);
        Assert.Contains("--encoding gb18030", d.Message, StringComparison.Ordinal);

        var rows = RowSource.Open(path, gb).Read(CancellationToken.None).ToList();
        Assert.Equal("王伟", rows[1].Cells[1].Value);
        Assert.DoesNotContain(rows.SelectMany(r => r.Cells), c => ((string)c.Value!).Contains('\uFFFD'));
    }

    [Fact]
    public void A_utf8_file_read_as_gb18030_is_refused_rather_than_garbled()
    {
        using var dir = new TempFolder();
        var plain = dir["utf8.csv"];
        File.WriteAllText(plain, "contract.number,salesperson.name\r\nHT-1,王伟\r\n", new UTF8Encoding(false));
        var e = Assert.Throws<AgreementKitException>(() => RowSource.Open(plain, InputEncodingFor("gb18030")));
        Assert.Contains("valid UTF-8", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
        var bom = WriteCsv(dir.Path, "bom.csv", "contract.number", "HT-1");
        Assert.Throws<AgreementKitException>(() => RowSource.Open(bom, InputEncodingFor("gb18030")));
    }

    private static Encoding InputEncodingFor(string name) => InputEncoding.FromName(name)!;

    [Fact]
    public void An_unknown_header_gets_a_suggestion_and_an_example_from_the_pack_at_hand()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "a.csv", "contract.number,agent.nmae,工资", "A-1,张三,1");

        var e = Assert.Throws<AgreementKitException>(() => ColumnMapping.Create(null, Fields(Agent), RowSource.Open(csv, null)));

        Assert.Equal(2, e.Diagnostics.Count);
        Assert.All(e.Diagnostics, d => Assert.DoesNotContain("salesperson", d.Message, StringComparison.Ordinal));
        var misspelt = Assert.Single(e.Diagnostics, d => d.Location.ColumnName == "agent.nmae");
        Assert.Contains("did you mean 'agent.name'?", misspelt.Message, StringComparison.Ordinal);
        // The header starts at character 17 of line 1.
        Assert.Equal((1, 17), (misspelt.Location.Line, misspelt.Location.Column));
        var unknown = Assert.Single(e.Diagnostics, d => d.Location.ColumnName == "工资");
        Assert.DoesNotContain("did you mean", unknown.Message, StringComparison.Ordinal);
        Assert.Matches(@"like (contract|company|agent)\.\w+", unknown.Message);
    }

    [Fact]
    public void A_map_target_that_is_not_a_field_gets_a_suggestion_from_the_pack_at_hand()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "a.csv", "姓名", "张三");

        var e = Assert.Throws<AgreementKitException>(() => ColumnMapping.Create(new Dictionary<string, string> { ["姓名"] = "agent.nmae" }, Fields(Agent), RowSource.Open(csv, null)));

        Assert.Contains("did you mean 'agent.name'?", Assert.Single(e.Diagnostics).Message, StringComparison.Ordinal);
    }
}
