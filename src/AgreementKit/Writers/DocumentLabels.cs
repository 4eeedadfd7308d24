using AgreementKit.Chinese;
using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// The fixed words every writer prints around the agreement text (cover, contents, signature block,
/// footer), per script and per agreement, so DOCX, PDF and text say the same thing.
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
    string NoFurtherText,
    string SignaturePageFormat)
{
    private static readonly DocumentLabels Simplified = new(
        "合同编号", "签订地点", "签订日期", "目  录", "盖章", "签字", "日期", "____年____月____日", "第 {0} 页 共 {1} 页", "（以下无正文）",
        "（本页无正文，为《{0}》之签署页）");

    private static readonly DocumentLabels Traditional = new(
        "合同編號", "簽訂地點", "簽訂日期", "目  錄", "蓋章", "簽名", "日期", "____年____月____日", "第 {0} 頁 共 {1} 頁", "（以下無正文）",
        "（本頁無正文，為《{0}》之簽署頁）")
    {
        Script = ChineseScript.Traditional,
    };

    /// <summary>
    /// The nouns an agreement's title may end in, longest first. The cover's number label takes the title's
    /// own noun, so a 协议 is numbered by 协议编号 and a 契約 by 契約編號, as its body calls it; 书/書 is dropped
    /// (协议书 → 协议编号).
    /// </summary>
    private static readonly string[] DocumentNouns =
        ["协议书", "協議書", "合同书", "合同書", "契约书", "契約書", "协议", "協議", "合同", "契约", "契約", "合约", "合約"];

    /// <summary>The script the labels are written in.</summary>
    public ChineseScript Script { get; init; } = ChineseScript.Simplified;

    /// <summary>How the cover and the signature block write dates.</summary>
    public CalendarStyle Calendar { get; init; } = CalendarStyle.Gregorian;

    /// <summary>The labels for one agreement: its script, the noun of its title, its calendar.</summary>
    public static DocumentLabels For(Agreement agreement)
    {
        var traditional = agreement.Locale == "zh-Hant";
        var labels = traditional ? Traditional : Simplified;
        var noun = DocumentNouns.FirstOrDefault(n => agreement.Title.EndsWith(n, StringComparison.Ordinal));
        if (noun is not null)
            labels = labels with { ContractNumber = noun.TrimEnd('书', '書') + (traditional ? "編號" : "编号") };
        if (agreement.Metadata.Calendar == CalendarStyle.RepublicOfChina)
            labels = labels with { Calendar = CalendarStyle.RepublicOfChina, BlankDate = ChineseDates.RocEra(labels.Script) + labels.BlankDate };
        return labels;
    }

    /// <summary>The footer text of a page, e.g. 第 1 页 共 7 页.</summary>
    public string Page(int page, int total) => string.Format(System.Globalization.CultureInfo.InvariantCulture, PageFormat, page, total);

    /// <summary>
    /// A date as the agreement's fixed parts print it: 2025年1月1日, or 中華民國114年1月1日 in the Republic of
    /// China calendar (the model refuses that calendar for a signing date before 1912).
    /// </summary>
    public string FormatDate(DateOnly date) => Calendar == CalendarStyle.RepublicOfChina && ChineseDates.InRocCalendar(date)
        ? ChineseDates.ToRoc(date, Script)
        : ChineseDates.ToFigures(date);

    /// <summary>
    /// The line a signature page carries when no text of the agreement is on it, so the page cannot be
    /// taken for the end of another document: （本页无正文，为《…》之签署页）.
    /// </summary>
    public string SignaturePage(string title) => string.Format(System.Globalization.CultureInfo.InvariantCulture, SignaturePageFormat, title);

    /// <summary>What the cover and the signature block print for a party: 甲方：某某公司.</summary>
    public static string PartyLine(Party party) => $"{party.Role}：{party.Name}";

    /// <summary>Sections listed in the contents: chapters, the supplementary part and annexes.</summary>
    public static bool InContents(Section section) => section is Chapter or SupplementaryPart or Annex;
}
