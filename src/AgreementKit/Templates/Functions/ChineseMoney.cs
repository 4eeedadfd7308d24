using AgreementKit.Chinese;
using System.Globalization;
using System.Text;

namespace AgreementKit.Templates.Functions;

/// <summary>
/// Money amounts: figures with thousands separators, the financial uppercase (大写) form used on
/// contracts, cheques and invoices, and the two together as each jurisdiction's contracts state an amount.
/// </summary>
/// <remarks>
/// The uppercase form follows the rules for filling in bills in 《支付结算办法》 (附件一):
/// <list type="bullet">
/// <item>整 follows 元 when there are no 角 and 分. After 角 it may be left out; we always write it
/// (壹仟元伍角整), because its purpose is to close the amount against a digit being added, and 角 without
/// 分 is exactly where a 分 could be appended. After 分 nothing follows.</item>
/// <item>When 角 is zero and 分 is not, 零 is written after 元 (壹元零伍分), as the rules require.</item>
/// <item>Zeros inside the yuan part are written as <see cref="ChineseNumerals"/> reads them: one 零 per
/// run, none for zeros closing a section. Where the rules allow 零 to be written or left out (a zero in the
/// 万 or 元 place before a non-zero 千 or 角 place) we leave it out: 壹拾万伍仟元整, 壹拾元伍角整.</item>
/// <item>An amount below one yuan has no 元 part (伍分, 伍角整); zero is 零元整.</item>
/// </list>
/// </remarks>
internal static class ChineseMoney
{
    /// <summary>The largest amount accepted: thirteen digits of yuan, then 角 and 分.</summary>
    public const decimal MaxAmount = 9_999_999_999_999.99m;

    private static readonly ChineseNumerals.Glyphs UpperSimplified = new("零壹贰叁肆伍陆柒捌玖", "拾", "佰", "仟", "万", "亿");
    private static readonly ChineseNumerals.Glyphs UpperTraditional = new("零壹貳參肆伍陸柒捌玖", "拾", "佰", "仟", "萬", "億");

    /// <summary>12345.67 → 12,345.67: always two decimals, invariant separators. Negative amounts keep their sign.</summary>
    public static string Format(decimal amount)
    {
        CheckFigures(amount);
        return amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Figures as the currency's jurisdiction writes them: CNY 100,000.00 (yuan, jiao and fen); TWD 100,000
    /// (New Taiwan dollar amounts carry no cents, so an amount with cents is refused rather than rounded).
    /// </summary>
    public static string Format(decimal amount, string? currency)
    {
        _ = CurrencyName(currency, ChineseScript.Simplified); // refuses a currency it cannot write
        if (currency != "TWD")
            return Format(amount);
        CheckWholeDollars(amount);
        return amount.ToString("#,##0", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// An amount as a contract states it: in words, then in figures with the currency sign.
    /// 100000, "CNY" → 人民币壹拾万元整（¥100,000.00）; 100000, "TWD" → 新臺幣壹拾萬元整（NT$100,000）.
    /// </summary>
    public static string ToWords(decimal amount, string? currency, ChineseScript script)
    {
        var words = ToUpper(amount, currency, script);
        var sign = currency == "TWD" ? "NT$" : "¥";
        return $"{words}（{sign}{Format(amount, currency)}）";
    }

    /// <summary>12345.67, "CNY" → 人民币壹万贰仟叁佰肆拾伍元陆角柒分. Currencies: CNY and TWD (whole yuan only).</summary>
    public static string ToUpper(decimal amount, string? currency, ChineseScript script)
    {
        CheckFigures(amount);
        if (amount < 0)
            throw new TemplateFunctionException($"The amount {Format(amount)} is negative; an amount in words must be zero or more.");

        var prefix = CurrencyName(currency, script);
        var yuan = (long)decimal.Truncate(amount);
        var cents = (int)((amount - yuan) * 100);
        if (currency == "TWD")
            CheckWholeDollars(amount);

        var glyphs = script == ChineseScript.Traditional ? UpperTraditional : UpperSimplified;
        var jiao = cents / 10;
        var fen = cents % 10;
        var text = new StringBuilder(prefix);
        if (yuan > 0)
            text.Append(ChineseNumerals.Write(yuan, glyphs)).Append('元');
        else if (cents == 0)
            text.Append(glyphs.Digits[0]).Append('元');

        if (jiao == 0 && fen == 0)
            text.Append('整');
        else if (fen == 0)
            text.Append(glyphs.Digits[jiao]).Append("角整");
        else
        {
            if (jiao > 0)
                text.Append(glyphs.Digits[jiao]).Append('角');
            else if (yuan > 0)
                text.Append(glyphs.Digits[0]);
            text.Append(glyphs.Digits[fen]).Append('分');
        }
        return text.ToString();
    }

    private static string CurrencyName(string? currency, ChineseScript script) => currency switch
    {
        "CNY" => script == ChineseScript.Traditional ? "人民幣" : "人民币",
        "TWD" => script == ChineseScript.Traditional ? "新臺幣" : "新台币",
        _ => throw new TemplateFunctionException(currency is null
            ? "The currency is empty; use \"CNY\" or \"TWD\"."
            : $"The currency \"{Shorten(currency)}\" is not supported; use \"CNY\" or \"TWD\"."),
    };

    private static void CheckWholeDollars(decimal amount)
    {
        CheckFigures(amount);
        if (decimal.Truncate(amount) != amount)
            throw new TemplateFunctionException($"The amount {Format(amount)} has cents, but New Taiwan dollar amounts are written in whole yuan.");
    }

    private static void CheckFigures(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
            throw new TemplateFunctionException($"The amount {amount.ToString(CultureInfo.InvariantCulture)} has more than two decimals; round it in the parameters.");
        if (Math.Abs(amount) > MaxAmount)
            throw new TemplateFunctionException($"The amount {amount.ToString(CultureInfo.InvariantCulture)} is beyond the largest amount written, {MaxAmount.ToString("#,##0.00", CultureInfo.InvariantCulture)}.");
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
