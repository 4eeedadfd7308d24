using AgreementKit.Layout.Text;

namespace AgreementKit.Tests.Layout;

/// <summary>Justified lines are never spread beyond the gap limit; what they cannot absorb is shared or left at one line's end.</summary>
public class LineBalancerTests
{
    // 20 em, then 15 em and an amount (12,000.00元）。 7.5 em, unbreakable) that greedy breaking sends down
    // whole, leaving 5 em on the line before, of which its 14 gaps can absorb 1.26.
    private const string Text = "甲方应当按照本协议的约定向乙方支付奖励金甲方另行发放目标奖金共计人民币12,000.00元）。";

    [Fact]
    public void Greedy_breaking_alone_leaves_a_line_too_loose_to_justify()
    {
        var (lines, _) = BreakHelper.Break(Text, 20);
        Assert.Contains(lines.SkipLast(1), l => BreakHelper.Leftover(l, 20) >= 2);
    }

    [Fact]
    public void A_small_leftover_is_shared_by_the_lines_before_it()
    {
        var (lines, _) = BreakHelper.Break(Text, 20, justify: true);
        Assert.Equal(Text, string.Concat(lines));
        Assert.All(lines.SkipLast(1), l => Assert.True(BreakHelper.Leftover(l, 20) < 2, $"'{l}' leaves {BreakHelper.Leftover(l, 20)} em"));
        Assert.Contains("12,000.00元）。", lines[^1]);
    }

    [Fact]
    public void A_large_leftover_before_an_address_stays_in_one_line()
    {
        // Spreading 11 em over two lines would leave both visibly short; the greedy line before the address stays short alone.
        const string text = "甲方的通讯地址为上海市浦东新区申江路五号一楼，甲方的电子邮箱：chen.siyuan@lanchuan-equip.cn。";
        var (greedy, _) = BreakHelper.Break(text, 20);
        var (justified, _) = BreakHelper.Break(text, 20, justify: true);
        Assert.Equal(greedy, justified);
        Assert.Equal("chen.siyuan@lanchuan-equip.cn。", justified[^1]);
        Assert.Single(justified.SkipLast(1), l => BreakHelper.Leftover(l, 20) > 0);
    }

    [Fact]
    public void Paragraphs_that_justify_keep_their_greedy_lines()
    {
        const string text = "甲方应当按照本协议的约定，向乙方支付服务费用，并在每个考核周期结束后三十日内完成结算。";
        Assert.Equal(BreakHelper.Break(text, 12).Lines, BreakHelper.Break(text, 12, justify: true).Lines);
    }
}
