namespace AgreementKit.Tests.Templates.Functions;

/// <summary>
/// Reads Chinese numerals and 大写 amounts back into numbers, independently of the code under test, so
/// property tests can check that every written form means the number it was written for.
/// </summary>
internal static class ChineseNumberReader
{
    private const string LowerDigits = "零一二三四五六七八九";
    private const string UpperSimplified = "零壹贰叁肆伍陆柒捌玖";
    private const string UpperTraditional = "零壹貳參肆伍陸柒捌玖";

    public static long ReadNumber(string text)
    {
        long total = 0, tenThousands = 0, section = 0, digit = 0;
        foreach (var c in text)
        {
            var value = DigitValue(c);
            if (value >= 0)
            {
                digit = value;
                continue;
            }
            switch (c)
            {
                case '十' or '拾':
                    // Only the lower-case form may start with a bare 十 (十四 = 14).
                    section += (digit == 0 ? 1 : digit) * 10;
                    break;
                case '百' or '佰':
                    section += digit * 100;
                    break;
                case '千' or '仟':
                    section += digit * 1000;
                    break;
                case '万' or '萬':
                    tenThousands += (section + digit) * 10_000;
                    section = 0;
                    break;
                case '亿' or '億':
                    total += (tenThousands + section + digit) * 100_000_000;
                    tenThousands = section = 0;
                    break;
                default:
                    throw new FormatException($"Unexpected character {c} in {text}");
            }
            digit = 0;
        }
        return total + tenThousands + section + digit;
    }

    /// <summary>Reads 人民币壹万元伍角整 and the like (any currency prefix ending in 币/幣) into an amount.</summary>
    public static decimal ReadAmount(string text)
    {
        var start = text.IndexOfAny(['币', '幣']) + 1;
        var body = text[start..];
        decimal amount = 0;
        var yuanEnd = body.IndexOf('元');
        if (yuanEnd >= 0)
        {
            amount = ReadNumber(body[..yuanEnd]);
            body = body[(yuanEnd + 1)..];
        }
        var jiao = body.IndexOf('角');
        if (jiao >= 0)
            amount += DigitValue(body[jiao - 1]) * 0.1m;
        var fen = body.IndexOf('分');
        if (fen >= 0)
            amount += DigitValue(body[fen - 1]) * 0.01m;
        return amount;
    }

    private static int DigitValue(char c)
    {
        var index = LowerDigits.IndexOf(c);
        if (index < 0) index = UpperSimplified.IndexOf(c);
        if (index < 0) index = UpperTraditional.IndexOf(c);
        return index;
    }
}
