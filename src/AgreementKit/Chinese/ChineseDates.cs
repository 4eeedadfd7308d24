using System.Globalization;
using System.Text;

namespace AgreementKit.Chinese;

/// <summary>
/// Calendar dates as Chinese agreements write them: the one formatter of each form, used by the template
/// functions (<c>zh.date</c>, <c>zh.date_upper</c>, <c>zh.date_roc</c>) and by every writer's cover and
/// signature block. Dates arrive as dates; nothing here parses text or reads a clock.
/// </summary>
internal static class ChineseDates
{
    /// <summary>The year before the Republic of China calendar starts (民國元年 is 1912).</summary>
    private const int RocEpochYear = 1911;

    /// <summary>2025年1月1日.</summary>
    public static string ToFigures(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>
    /// 二〇二五年一月一日: year digits read one by one with 〇 for zero; month and day as numbers (十二月,
    /// 二十一日, 三十一日).
    /// </summary>
    public static string ToUpper(DateOnly date, ChineseScript script)
    {
        var digits = ChineseNumerals.Lower(script).Digits;
        var text = new StringBuilder();
        foreach (var c in date.Year.ToString("D4", CultureInfo.InvariantCulture))
            text.Append(c == '0' ? '〇' : digits[c - '0']);
        return text.Append('年')
            .Append(ChineseNumerals.ToLower(date.Month, script)).Append('月')
            .Append(ChineseNumerals.ToLower(date.Day, script)).Append('日')
            .ToString();
    }

    /// <summary>
    /// 中華民國114年1月1日 (中华民国 in simplified script), as Taiwan's agreements date themselves. The date must
    /// be in the calendar (<see cref="InRocCalendar"/>).
    /// </summary>
    public static string ToRoc(DateOnly date, ChineseScript script)
    {
        if (!InRocCalendar(date))
            throw new ArgumentOutOfRangeException(nameof(date), date, "The Republic of China calendar starts in 1912.");
        return string.Create(CultureInfo.InvariantCulture, $"{RocEra(script)}{date.Year - RocEpochYear}年{date.Month}月{date.Day}日");
    }

    /// <summary>Whether the date can be written in the Republic of China calendar (1912 and later).</summary>
    public static bool InRocCalendar(DateOnly date) => date.Year > RocEpochYear;

    /// <summary>中華民國, or 中华民国 in simplified script.</summary>
    public static string RocEra(ChineseScript script) => script == ChineseScript.Traditional ? "中華民國" : "中华民国";
}
