using System.Text;

namespace AgreementKit.Chinese;

/// <summary>
/// Integers in Chinese numerals, written by the school rule for reading numbers: digits are grouped in
/// sections of four (个, 万, 亿, 万亿); zeros at the end of a section are not written; every other run of
/// zeros, inside a section or across whole zero sections, is written once as 零.
/// So 100005 → 十万零五, 105000 → 十万五千, 1010000 → 一百零一万, 100000005 → 一亿零五.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>The largest value written: sixteen digits fill the four sections.</summary>
    public const long MaxValue = 9_999_999_999_999_999;

    /// <summary>The characters one style of numerals is written with.</summary>
    internal sealed record Glyphs(string Digits, string Ten, string Hundred, string Thousand, string TenThousand, string HundredMillion);

    private static readonly Glyphs LowerSimplified = new("零一二三四五六七八九", "十", "百", "千", "万", "亿");
    private static readonly Glyphs LowerTraditional = new("零一二三四五六七八九", "十", "百", "千", "萬", "億");

    public static Glyphs Lower(ChineseScript script) =>
        script == ChineseScript.Traditional ? LowerTraditional : LowerSimplified;

    /// <summary>Lower-case numerals as counts and chapter numbers are written: 10 → 十, 14 → 十四, 110 → 一百一十.</summary>
    public static string ToLower(long value, ChineseScript script)
    {
        var glyphs = Lower(script);
        var text = Write(value, glyphs);
        // Only a number that starts in the tens drops its leading 一 (十四, 十万); inside a number 一十 stays.
        var oneTen = glyphs.Digits[1] + glyphs.Ten;
        return text.StartsWith(oneTen, StringComparison.Ordinal) ? text[1..] : text;
    }

    /// <summary>Writes <paramref name="value"/> with every digit spelt out (壹拾 keeps its 壹), as money does.</summary>
    public static string Write(long value, Glyphs glyphs)
    {
        if (value < 0 || value > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), value, "Outside the range of Chinese numerals written here.");
        if (value == 0)
            return glyphs.Digits[0].ToString();

        var sections = new int[4];
        for (var i = 0; i < 4; i++, value /= 10_000)
            sections[i] = (int)(value % 10_000);

        var text = new StringBuilder();
        var zerosPending = false;
        for (var i = 3; i >= 0; i--)
        {
            var section = sections[i];
            if (section == 0)
            {
                // A whole section of zeros between written sections becomes one 零 before the next one.
                zerosPending = text.Length > 0;
                continue;
            }
            if (text.Length > 0 && (zerosPending || section < 1000))
                text.Append(glyphs.Digits[0]);
            AppendSection(text, section, glyphs);
            text.Append(SectionUnit(i, sections, glyphs));
            zerosPending = false;
        }
        return text.ToString();
    }

    /// <summary>
    /// The top section counts 万亿 but shares its 亿 with the section below: 1,0001,0000,0000 is 一万零一亿,
    /// and only when that section is empty does the top one carry the 亿 itself (一万亿).
    /// </summary>
    private static string SectionUnit(int index, int[] sections, Glyphs glyphs) => index switch
    {
        0 => "",
        1 => glyphs.TenThousand,
        2 => glyphs.HundredMillion,
        _ => sections[2] == 0 ? glyphs.TenThousand + glyphs.HundredMillion : glyphs.TenThousand,
    };

    private static void AppendSection(StringBuilder text, int section, Glyphs glyphs)
    {
        string[] units = [glyphs.Thousand, glyphs.Hundred, glyphs.Ten, ""];
        var divisor = 1000;
        var started = false;
        var zeroPending = false;
        for (var place = 0; place < 4; place++, divisor /= 10)
        {
            var digit = section / divisor % 10;
            if (digit == 0)
            {
                zeroPending = started;
                continue;
            }
            if (zeroPending)
                text.Append(glyphs.Digits[0]);
            text.Append(glyphs.Digits[digit]).Append(units[place]);
            started = true;
            zeroPending = false;
        }
    }
}
