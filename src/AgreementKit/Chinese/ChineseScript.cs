namespace AgreementKit.Chinese;

/// <summary>
/// The script an edition is written in. It decides the characters of numerals, units and currency names
/// (万/萬, 贰/貳, 人民币/人民幣); wording differences between jurisdictions stay in the templates.
/// </summary>
internal enum ChineseScript
{
    Simplified,
    Traditional,
}
