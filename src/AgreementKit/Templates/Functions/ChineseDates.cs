using AgreementKit.Parameters;
using AgreementKit.Chinese;
using System.Globalization;
using System.Text;

namespace AgreementKit.Templates.Functions;

/// <summary>
/// Calendar dates as Chinese agreements write them. Parameters keep dates as ISO strings (YYYY-MM-DD), so
/// every form starts from that text; nothing here reads a clock.
/// </summary>
internal static class ChineseDates
{
    /// <summary>The year the Republic of China calendar starts (民國元年).</summary>
    private const int RocEpochYear = 1911;

    /// <summary>2025-01-01 → 2025年1月1日.</summary>
    public static string ToFigures(string isoDate) => ToFigures(Parse(isoDate));

    /// <summary>
    /// A date as agreements print it in figures: 2025年1月1日. The one formatter of this form, used by
    /// <c>zh.date</c> and by every writer's cover and signature block.
    /// </summary>
    public static string ToFigures(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>
    /// 2025-01-01 → 二〇二五年一月一日. Year digits are read one by one with 〇 for zero; month and day are
    /// numbers (十二月, 二十一日, 三十一日).
    /// </summary>
    public static string ToUpper(string isoDate, ChineseScript script)
    {
        var date = Parse(isoDate);
        var digits = ChineseNumerals.Lower(script).Digits;
        var text = new StringBuilder();
        foreach (var c in date.Year.ToString("D4", CultureInfo.InvariantCulture))
            text.Append(c == '0' ? '〇' : digits[c - '0']);
        return text.Append('年')
            .Append(ChineseNumerals.ToLower(date.Month, script)).Append('月')
            .Append(ChineseNumerals.ToLower(date.Day, script)).Append('日')
            .ToString();
    }

    /// <summary>2025-01-01 → 中華民國114年1月1日 (中华民国 in the simplified edition). Dates before 1912 are refused.</summary>
    public static string ToRoc(string isoDate, ChineseScript script)
    {
        var date = Parse(isoDate);
        if (!InRocCalendar(date))
            throw new TemplateFunctionException($"The date {isoDate} is before 1912, the first year of the Republic of China calendar.");
        return ToRoc(date, script);
    }

    /// <summary>
    /// A date in the Republic of China calendar as Taiwan's agreements print it: 中華民國114年1月1日. The one
    /// formatter of this form, used by <c>zh.date_roc</c> and by the writers under <c>@meta calendar roc</c>.
    /// </summary>
    public static string ToRoc(DateOnly date, ChineseScript script) =>
        string.Create(CultureInfo.InvariantCulture, $"{RocEra(script)}{date.Year - RocEpochYear}年{date.Month}月{date.Day}日");

    /// <summary>Whether the date can be written in the Republic of China calendar (1912 and later).</summary>
    public static bool InRocCalendar(DateOnly date) => date.Year > RocEpochYear;

    /// <summary>中華民國, or 中华民国 in simplified script.</summary>
    public static string RocEra(ChineseScript script) => script == ChineseScript.Traditional ? "中華民國" : "中华民国";

    private static DateOnly Parse(string isoDate)
    {
        // The parameters' own date rule: 2025-1-1, 2025/01/01 or 2025-02-30 are mistakes to report, not to guess at.
        if (IsoDate.TryParse(isoDate, out var date))
            return date;
        var shown = isoDate.Length <= 20 ? isoDate : isoDate[..20] + "…";
        throw new TemplateFunctionException($"\"{shown}\" is not a date written as YYYY-MM-DD (for example 2025-01-31).");
    }
}
