namespace AgreementKit.Tests.Layout;

/// <summary>A number is never separated from its unit or currency, whatever the line width.</summary>
public class NumberUnitTests
{
    [Theory]
    [InlineData("服务费用为人民币伍万元整（小写：50,000.00元）。", "50,000.00元")]
    [InlineData("完成率不低于百分之九十，即92.5%。甲方应当", "92.5%")]
    [InlineData("甲方应当提前30日书面通知对方，并说明理由。", "30日")]
    [InlineData("乙方应当于5个工作日内整理完毕并报送甲方。", "5个工作日")]
    [InlineData("乙方應當於5個工作日內整理完畢並報送甲方。", "5個工作日")]
    [InlineData("服務費用總額為新臺幣壹拾貳萬元整，分兩期支付。", "壹拾貳萬元整")]
    [InlineData("目标奖金为人民币壹万贰仟元整，一次发放。", "壹万贰仟元整")]
    [InlineData("年度目标为新增客户收入3万元，按季度考核。", "3万元")]
    [InlineData("乙方须在24小时内作出答复并记录在案。", "24小时")]
    [InlineData("第3.3条约定的客户保留率以考核数据为准。", "3.3条")]
    [InlineData("服務費用新臺幣壹拾貳萬元整（NT$120,000）的構成。", "NT$120,000")]
    public void The_number_and_its_unit_always_share_a_line(string text, string term)
    {
        var split = new List<string>();
        var termWidth = term.EnumerateRunes().Sum(r => BreakHelper.Advance(r.Value));
        for (var width = MathF.Max(4, termWidth + 1); width <= 16; width += 0.5f)
        {
            var (lines, _) = BreakHelper.Break(text, width);
            Assert.Equal(text, string.Concat(lines));
            if (!lines.Any(l => l.Contains(term, StringComparison.Ordinal)))
                split.Add($"{width} em: {string.Join(" / ", lines)}");
        }
        Assert.True(split.Count == 0, string.Join("\n", split));
    }

    [Fact]
    public void Yuan_keeps_zheng_even_without_digits_before_it()
    {
        // 元整 is one word of an amount: "…元 / 整" reads as a different sum.
        var (lines, _) = BreakHelper.Break("甲方乙方丙方元整，分期", 7);
        Assert.Equal(["甲方乙方丙方", "元整，分期"], lines);
    }

    [Fact]
    public void Chinese_words_that_merely_contain_numeral_characters_still_break()
    {
        // 零售 (retail) and 一方 (a party) are no amounts: no 元 follows the numerals.
        var (lines, _) = BreakHelper.Break("甲方乙方零售一方", 5);
        Assert.Equal(["甲方乙方零", "售一方"], lines);
    }
}
