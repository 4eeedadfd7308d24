namespace AgreementKit.Tests.Templates.Functions;

/// <summary>
/// The known-correct results of the zh functions, one call per line: locale | template expression | result.
/// (A negative literal needs parentheses: Scriban reads `zh.numeral -1` as zh.numeral minus 1.)
/// A result starting with "error:" means the render fails with AK2102 and a message containing the rest.
/// Money rules: 《支付结算办法》附件一 (see ChineseMoney); the bank examples are marked "bank".
/// </summary>
internal static class ZhFunctionSpec
{
    public const string Table = """
        # numerals: sections of four, zeros closing a section unwritten, other zero runs written once
        zh-Hans | zh.numeral 0                 | 零
        zh-Hans | zh.numeral 1                 | 一
        zh-Hans | zh.numeral 10                | 十
        zh-Hans | zh.numeral 11                | 十一
        zh-Hans | zh.numeral 14                | 十四
        zh-Hans | zh.numeral 20                | 二十
        zh-Hans | zh.numeral 99                | 九十九
        zh-Hans | zh.numeral 100               | 一百
        zh-Hans | zh.numeral 101               | 一百零一
        zh-Hans | zh.numeral 105               | 一百零五
        zh-Hans | zh.numeral 110               | 一百一十
        zh-Hans | zh.numeral 111               | 一百一十一
        zh-Hans | zh.numeral 1001              | 一千零一
        zh-Hans | zh.numeral 1010              | 一千零一十
        zh-Hans | zh.numeral 1100              | 一千一百
        zh-Hans | zh.numeral 10000             | 一万
        zh-Hans | zh.numeral 10001             | 一万零一
        zh-Hans | zh.numeral 10010             | 一万零一十
        zh-Hans | zh.numeral 11000             | 一万一千
        zh-Hans | zh.numeral 100000            | 十万
        zh-Hans | zh.numeral 100005            | 十万零五
        zh-Hans | zh.numeral 105000            | 十万五千
        zh-Hans | zh.numeral 150000            | 十五万
        zh-Hans | zh.numeral 1010000           | 一百零一万
        zh-Hans | zh.numeral 20300000          | 二千零三十万
        zh-Hans | zh.numeral 100000000         | 一亿
        zh-Hans | zh.numeral 100000005         | 一亿零五
        zh-Hans | zh.numeral 100005000         | 一亿零五千
        zh-Hans | zh.numeral 1000000000000     | 一万亿
        zh-Hans | zh.numeral 1000100000000     | 一万零一亿
        zh-Hans | zh.numeral 1000000010000     | 一万亿零一万
        zh-Hans | zh.numeral 9999999999999999  | 九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九
        zh-Hant | zh.numeral 10000             | 一萬
        zh-Hant | zh.numeral 100000005         | 一億零五
        zh-Hant | zh.numeral 1000000000000     | 一萬億
        zh-Hans | zh.numeral 14.0              | 十四
        zh-Hans | zh.numeral (-1)              | error: negative
        zh-Hans | zh.numeral 1.5               | error: whole number
        zh-Hans | zh.numeral "14"              | error: whole number
        zh-Hans | zh.numeral 10000000000000000 | error: up to 9999999999999999

        # dates: ISO text in, no clock
        zh-Hans | zh.date "2025-01-01"         | 2025年1月1日
        zh-Hant | zh.date "2025-12-31"         | 2025年12月31日
        zh-Hans | zh.date "2025-02-30"         | error: not a date written as YYYY-MM-DD
        zh-Hans | zh.date "2025-1-1"           | error: not a date written as YYYY-MM-DD
        zh-Hans | zh.date 20250101             | error: expects a text value
        zh-Hans | zh.date_upper "2025-01-01"   | 二〇二五年一月一日
        zh-Hans | zh.date_upper "2000-10-20"   | 二〇〇〇年十月二十日
        zh-Hans | zh.date_upper "2024-12-21"   | 二〇二四年十二月二十一日
        zh-Hant | zh.date_upper "2025-11-30"   | 二〇二五年十一月三十日
        zh-Hans | zh.date_upper "2024-02-29"   | 二〇二四年二月二十九日
        zh-Hans | zh.date_upper "2025-03-31"   | 二〇二五年三月三十一日
        zh-Hans | zh.date_upper "2023-02-29"   | error: not a date written as YYYY-MM-DD
        zh-Hant | zh.date_roc "2025-01-01"     | 中華民國114年1月1日
        zh-Hant | zh.date_roc "1912-01-01"     | 中華民國1年1月1日
        zh-Hans | zh.date_roc "2025-01-01"     | 中华民国114年1月1日
        zh-Hant | zh.date_roc "1911-12-31"     | error: before 1912

        # money in figures
        zh-Hans | zh.money 12345.67            | 12,345.67
        zh-Hans | zh.money 0                   | 0.00
        zh-Hans | zh.money 5                   | 5.00
        zh-Hans | zh.money 1234567.8           | 1,234,567.80
        zh-Hans | zh.money 9999999999999.99    | 9,999,999,999,999.99
        zh-Hans | zh.money 1.234               | error: more than two decimals
        zh-Hans | zh.money "12"                | error: expects a number
        zh-Hans | zh.money 12345.67 "CNY"      | 12,345.67
        zh-Hant | zh.money 30000 "TWD"         | 30,000
        zh-Hans | zh.money 1234567 "TWD"       | 1,234,567
        zh-Hant | zh.money 0.5 "TWD"           | error: whole yuan
        zh-Hans | zh.money 1 "USD"             | error: use "CNY" or "TWD"
        zh-Hans | zh.money 1 null              | error: The currency is empty

        # money in words (大写)
        zh-Hans | zh.money_upper 12345.67       | 人民币壹万贰仟叁佰肆拾伍元陆角柒分
        zh-Hans | zh.money_upper 12345.67 "CNY" | 人民币壹万贰仟叁佰肆拾伍元陆角柒分
        zh-Hans | zh.money_upper 10000          | 人民币壹万元整
        zh-Hans | zh.money_upper 100005         | 人民币壹拾万零伍元整
        zh-Hans | zh.money_upper 1000.5         | 人民币壹仟元伍角整
        zh-Hans | zh.money_upper 0.05           | 人民币伍分
        zh-Hans | zh.money_upper 0.5            | 人民币伍角整
        zh-Hans | zh.money_upper 0.55           | 人民币伍角伍分
        zh-Hans | zh.money_upper 0              | 人民币零元整
        zh-Hans | zh.money_upper 1.05           | 人民币壹元零伍分
        zh-Hans | zh.money_upper 10             | 人民币壹拾元整
        zh-Hans | zh.money_upper 10.5           | 人民币壹拾元伍角整
        zh-Hans | zh.money_upper 16409.02       | 人民币壹万陆仟肆佰零玖元零贰分
        zh-Hans | zh.money_upper 325.04         | 人民币叁佰贰拾伍元零肆分
        zh-Hans | zh.money_upper 1680.32        | 人民币壹仟陆佰捌拾元叁角贰分
        zh-Hans | zh.money_upper 105000         | 人民币壹拾万伍仟元整
        zh-Hans | zh.money_upper 1010000        | 人民币壹佰零壹万元整
        zh-Hans | zh.money_upper 20300000       | 人民币贰仟零叁拾万元整
        zh-Hans | zh.money_upper 100000005      | 人民币壹亿零伍元整
        zh-Hans | zh.money_upper 100000500      | 人民币壹亿零伍佰元整
        zh-Hans | zh.money_upper 1000000.05     | 人民币壹佰万元零伍分
        zh-Hans | zh.money_upper 1000000000000  | 人民币壹万亿元整
        zh-Hans | zh.money_upper 9999999999999.99 | 人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
        zh-Hant | zh.money_upper 12345.67       | 人民幣壹萬貳仟參佰肆拾伍元陸角柒分
        zh-Hant | zh.money_upper 100000005      | 人民幣壹億零伍元整
        zh-Hant | zh.money_upper 30000 "TWD"    | 新臺幣參萬元整
        zh-Hans | zh.money_upper 30000 "TWD"    | 新台币叁万元整
        zh-Hant | zh.money_upper 1.5 "TWD"      | error: whole yuan
        zh-Hans | zh.money_upper 1 "USD"        | error: use "CNY" or "TWD"
        zh-Hans | zh.money_upper 1 null         | error: The currency is empty
        zh-Hans | zh.money_upper (-1)           | error: negative
        zh-Hans | zh.money_upper 1.234          | error: more than two decimals
        zh-Hans | zh.money_upper 10000000000000 | error: beyond the largest amount

        # amounts as each jurisdiction's contracts state them: words, then figures with the currency sign
        zh-Hans | zh.amount 100000             | 人民币壹拾万元整（¥100,000.00）
        zh-Hans | zh.amount 100000 "CNY"       | 人民币壹拾万元整（¥100,000.00）
        zh-Hans | zh.amount 1000.5             | 人民币壹仟元伍角整（¥1,000.50）
        zh-Hant | zh.amount 12345.67 "CNY"     | 人民幣壹萬貳仟參佰肆拾伍元陸角柒分（¥12,345.67）
        zh-Hant | zh.amount 100000 "TWD"       | 新臺幣壹拾萬元整（NT$100,000）
        zh-Hant | zh.amount 30000 "TWD"        | 新臺幣參萬元整（NT$30,000）
        zh-Hans | zh.amount 30000 "TWD"        | 新台币叁万元整（NT$30,000）
        zh-Hant | zh.amount 1.5 "TWD"          | error: whole yuan
        zh-Hans | zh.amount 1 "USD"            | error: use "CNY" or "TWD"
        zh-Hans | zh.amount (-1)               | error: negative
        zh-Hans | zh.amount 1.234              | error: more than two decimals

        # percentages
        zh-Hans | zh.percent 92.5              | 92.5%
        zh-Hans | zh.percent 90                | 90%
        zh-Hans | zh.percent 90.0              | 90%
        zh-Hans | zh.percent 0.125             | 0.125%
        zh-Hans | zh.percent 0                 | 0%
        """;

    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var line in Table.Split('\n'))
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
                continue;
            var cells = text.Split('|', StringSplitOptions.TrimEntries);
            Assert.Equal(3, cells.Length);
            rows.Add(cells[0], cells[1], cells[2]);
        }
        return rows;
    }
}
