namespace AgreementKit.Layout.Text;

/// <summary>
/// Keeps a number on the line of its unit or currency: "50,000.00元", "30日", "5个工作日", "12.5%",
/// "壹拾貳萬元整", "NT$120,000" (a currency sign already never ends a line: <see cref="BreakRules"/>). Chinese reads a number and its measure word as one term; a line that ends on the
/// number and starts the next with 元 or 整 reads as a different amount.
/// </summary>
internal static class NumberUnits
{
    // Units of more than one character that must not be split themselves; the longest match wins. A unit
    // not listed here keeps only its first character with the number (3.3条, 2026年), which is what
    // binds: the rest of a word may go to the next line like any Chinese text.
    private static readonly string[] LongUnits =
    [
        "个工作日", "個工作日", "工作日", "个月", "個月", "小时", "小時", "分钟", "分鐘", "学时", "學時",
        "周岁", "週歲", "万元", "萬元", "亿元", "億元", "千元", "百万元", "百萬元", "元整",
        "个百分点", "個百分點", "百分点", "百分點",
    ];

    // Financial (大写) and ordinary Chinese numerals; a run of them ending in 元 is an amount, one term.
    private const string ChineseDigits = "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億〇一二两兩三四五六七八九十百千";

    private const string Yuan = "元圆圓";

    private const string AfterYuan = "零壹贰貳叁參肆伍陆陸柒捌玖角分整";

    // Currency signs that letters may prefix: NT$, US$, HK$, RMB¥.
    private const string CurrencySigns = "$＄¥￥€£";

    /// <summary>Clears the break opportunities inside every number-and-unit of the text.</summary>
    public static void Glue(ReadOnlySpan<int> cp, bool[] canBreak)
    {
        for (var i = 0; i < cp.Length; i++)
        {
            if (IsDigit(cp[i]) && (i + 1 == cp.Length || !IsDigit(cp[i + 1])))
                GlueUnitAfter(cp, canBreak, i + 1);
            else if (Is(Yuan, cp[i]))
                GlueAmount(cp, canBreak, i);
            else if (Is(CurrencySigns, cp[i]) && i > 0 && cp[i - 1] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
                canBreak[i] = false; // NT / $120,000 would part the currency from its sign
        }
    }

    private static void GlueUnitAfter(ReadOnlySpan<int> cp, bool[] canBreak, int at)
    {
        if (at >= cp.Length)
            return;
        var length = LongUnitAt(cp, at);
        if (length == 0 && IsIdeograph(cp[at]))
            length = 1;
        for (var k = at; k < at + length; k++)
            canBreak[k] = false;
    }

    // 元 at `yuan`: the Chinese numerals before it, and 角, 分 and 整 after it, stay on its line.
    private static void GlueAmount(ReadOnlySpan<int> cp, bool[] canBreak, int yuan)
    {
        for (var k = yuan; k > 0 && Is(ChineseDigits, cp[k - 1]); k--)
            canBreak[k] = false;
        for (var k = yuan + 1; k < cp.Length && Is(AfterYuan, cp[k]); k++)
            canBreak[k] = false;
    }

    private static int LongUnitAt(ReadOnlySpan<int> cp, int at)
    {
        var best = 0;
        foreach (var unit in LongUnits)
        {
            if (unit.Length <= best || at + unit.Length > cp.Length)
                continue;
            var match = true;
            for (var k = 0; k < unit.Length && match; k++)
                match = cp[at + k] == unit[k];
            if (match)
                best = unit.Length;
        }
        return best;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsIdeograph(int c) => c is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFD;

    private static bool Is(string set, int c) => c <= char.MaxValue && set.Contains((char)c);
}
