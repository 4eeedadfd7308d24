using System.Globalization;

namespace AgreementKit.Comparison.Reports;

/// <summary>The fixed words of a change report, in the new agreement's script.</summary>
internal sealed record ReportLabels(string Report, string Summary, string Parameters, string Field, string Before, string After, string None,
    string Added, string Removed, string Changed, string Moved, string Cover, string Preamble, string NoChanges, string SummaryFormat)
{
    private static readonly ReportLabels Simplified = new("变更对照", "变更摘要", "参数变更", "参数", "原值", "新值", "（无）",
        "新增", "删除", "修改", "移动", "封面", "前言", "两份协议内容相同（编号除外）。",
        "条款：新增 {0} 条，删除 {1} 条，修改 {2} 条，移动 {3} 条；其他部分修改 {4} 处。");

    private static readonly ReportLabels Traditional = new("變更對照", "變更摘要", "參數變更", "參數", "原值", "新值", "（無）",
        "新增", "刪除", "修改", "移動", "封面", "前言", "兩份文件內容相同（編號除外）。",
        "條款：新增 {0} 條，刪除 {1} 條，修改 {2} 條，移動 {3} 條；其他部分修改 {4} 處。");

    public static ReportLabels For(string locale) => locale == "zh-Hant" ? Traditional : Simplified;

    public string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => Added,
        ChangeKind.Removed => Removed,
        ChangeKind.Moved => Moved,
        _ => Changed,
    };

    public string SummaryLine(ComparisonSummary s) =>
        string.Format(CultureInfo.InvariantCulture, SummaryFormat, s.ClausesAdded, s.ClausesRemoved, s.ClausesChanged, s.ClausesMoved, s.OtherChanges);

    /// <summary>The heading of a change: the part's heading as printed (new, else old), or the cover or preamble.</summary>
    public string Heading(AgreementChange change) => change.Part switch
    {
        "cover" => Cover,
        "preamble" => Preamble,
        _ => change.NewHeading is { } n && change.OldHeading is { } o && n != o && change.Kind == ChangeKind.Moved ? $"{o} → {n}" : change.NewHeading ?? change.OldHeading ?? change.Id,
    };

    /// <summary>The one-line title: the agreement and its numbers, old → new.</summary>
    public static string Title(AgreementComparison c)
    {
        var (o, n) = (c.Old.Metadata.ContractNumber, c.New.Metadata.ContractNumber);
        return o is null && n is null ? c.New.Title : $"{c.New.Title}（{o ?? "—"} → {n ?? "—"}）";
    }
}
