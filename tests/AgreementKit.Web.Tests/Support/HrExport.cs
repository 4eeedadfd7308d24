using System.Text;

namespace AgreementKit.Web.Tests.Support;

/// <summary>
/// An HR export as Excel users save it (UTF-8 with BOM, CRLF, Chinese headers) of the sales agreement, with
/// known bad rows, and the defaults and column map that go with it.
/// </summary>
internal sealed class HrExport
{
    public static readonly string[] Headers = ["合同编号", "姓名", "工号", "开始日期", "结束日期", "邮箱"];

    private HrExport(string csv, string defaults, string map)
    {
        Csv = csv;
        Defaults = defaults;
        Map = map;
    }

    public string Csv { get; }

    public string Defaults { get; }

    public string Map { get; }

    /// <summary>The rows whose one problem is: row 17 a date that does not exist, 88 an empty name, 150 an end before the start.</summary>
    public static readonly int[] BadRows = [17, 88, 150];

    public static HrExport Write(string folder, int rows)
    {
        var text = new StringBuilder("\uFEFF" + string.Join(',', Headers) + "\r\n");
        string[] family = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
        string[] given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"];
        for (var row = 1; row <= rows; row++)
        {
            var name = row == 88 ? "" : family[row % 10] + given[row / 10 % 10] + given[row / 100 % 10];
            var start = row == 17 ? "2025-02-30" : "2025-01-01";
            var end = row == 150 ? "2024-06-30" : "2025-12-31";
            text.Append($"HT-2025-{row:D4},{name},E{100000 + row},{start},{end},rep{row}@example.cn\r\n");
        }

        var csv = Path.Combine(folder, "销售代表名单.csv");
        File.WriteAllText(csv, text.ToString(), new UTF8Encoding(false));
        var defaults = Path.Combine(folder, "defaults.json");
        File.WriteAllText(defaults, ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!);
        var map = Path.Combine(folder, "map.json");
        File.WriteAllText(map, """{"合同编号": "contract.number", "姓名": "salesperson.name", "工号": "salesperson.employeeId"}""");
        return new HrExport(csv, defaults, map);
    }
}
