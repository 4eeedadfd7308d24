using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// The fixed words every writer prints around the agreement text (cover, contents, signature block,
/// footer), per script, so DOCX, PDF and text say the same thing.
/// </summary>
internal sealed record DocumentLabels(
    string ContractNumber,
    string SignPlace,
    string SignDate,
    string Contents,
    string Seal,
    string Signature,
    string Date,
    string BlankDate,
    string PageFormat,
    string NoFurtherText)
{
    private static readonly DocumentLabels Simplified = new(
        "合同编号", "签订地点", "签订日期", "目  录", "（盖章）", "签字", "日期", "____年____月____日", "第 {0} 页 共 {1} 页", "（以下无正文）");

    private static readonly DocumentLabels Traditional = new(
        "合同編號", "簽訂地點", "簽訂日期", "目  錄", "（蓋章）", "簽字", "日期", "____年____月____日", "第 {0} 頁 共 {1} 頁", "（以下無正文）");

    public static DocumentLabels For(string locale) => locale == "zh-Hant" ? Traditional : Simplified;

    /// <summary>The footer text of a page, e.g. 第 1 页 共 7 页.</summary>
    public string Page(int page, int total) => string.Format(System.Globalization.CultureInfo.InvariantCulture, PageFormat, page, total);

    /// <summary>A date as agreements print it: 2025年1月1日.</summary>
    public static string FormatDate(DateOnly date) => Templates.Functions.ChineseDates.ToFigures(date);

    /// <summary>What the cover and the signature block print for a party: 甲方：某某公司.</summary>
    public static string PartyLine(Party party) => $"{party.Role}：{party.Name}";

    /// <summary>Sections listed in the contents: chapters, the supplementary part and annexes.</summary>
    public static bool InContents(Section section) => section is Chapter or SupplementaryPart or Annex;
}
