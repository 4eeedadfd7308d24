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

    /// <summary>The columns HR systems export beside the agreement's (department code, hiring date), which no field holds.</summary>
    public static readonly string[] ExtraHeaders = ["部门编码", "入职日期"];

    /// <summary>
    /// Writes the export, its defaults and column map. With <paramref name="extraColumns"/> the export also has
    /// <see cref="ExtraHeaders"/> (部门编码 after 姓名, 入职日期 last), and <see cref="Plain"/> is the same export without them.
    /// </summary>
    public static HrExport Write(string folder, int rows, bool extraColumns = false)
    {
        var export = Write(folder, rows, extraColumns ? "销售代表名单（含部门编码）.csv" : "销售代表名单.csv", extraColumns);
        if (extraColumns) export.Plain = Write(folder, rows, "销售代表名单.csv", extra: false).Csv;
        return export;
    }

    /// <summary>The export without its extra columns (only when written with them).</summary>
    public string? Plain { get; private set; }

    private static HrExport Write(string folder, int rows, string fileName, bool extra)
    {
        string[] headers = extra ? [.. Headers[..2], ExtraHeaders[0], .. Headers[2..], ExtraHeaders[1]] : Headers;
        var text = new StringBuilder("\uFEFF" + string.Join(',', headers) + "\r\n");
        string[] family = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
        string[] given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"];
        for (var row = 1; row <= rows; row++)
        {
            var name = row == 88 ? "" : family[row % 10] + given[row / 10 % 10] + given[row / 100 % 10];
            var start = row == 17 ? "2025-02-30" : "2025-01-01";
            var end = row == 150 ? "2024-06-30" : "2025-12-31";
            // The extra columns hold what an HR system does: codes, and dates in its own form, that no field would accept.
            text.Append(extra
                ? $"HT-2025-{row:D4},{name},SD-{row % 7:D2},E{100000 + row},{start},{end},rep{row}@example.cn,{2018 + row % 6}/3/{1 + row % 28}\r\n"
                : $"HT-2025-{row:D4},{name},E{100000 + row},{start},{end},rep{row}@example.cn\r\n");
        }

        var csv = Path.Combine(folder, fileName);
        File.WriteAllText(csv, text.ToString(), new UTF8Encoding(false));
        var defaults = Path.Combine(folder, "defaults.json");
        File.WriteAllText(defaults, ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!);
        var map = Path.Combine(folder, "map.json");
        File.WriteAllText(map, """{"合同编号": "contract.number", "姓名": "salesperson.name", "工号": "salesperson.employeeId"}""");
        return new HrExport(csv, defaults, map);
    }
}
