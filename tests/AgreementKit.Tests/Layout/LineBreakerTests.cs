using AgreementKit.Layout.Text;

namespace AgreementKit.Tests.Layout;

public class LineBreakerTests
{
    [Fact]
    public void Breaks_between_han_characters()
    {
        var (lines, _) = BreakHelper.Break("甲方乙方丙方", 4);
        Assert.Equal(["甲方乙方", "丙方"], lines);
    }

    [Theory]
    [InlineData("甲方乙，丙", "，")]
    [InlineData("甲方乙。丙", "。")]
    [InlineData("甲方乙、丙", "、")]
    [InlineData("甲方乙）丙", "）")]
    [InlineData("甲方乙》丙", "》")]
    [InlineData("甲方乙」丙", "」")]
    [InlineData("甲方乙”丙", "”")]
    [InlineData("甲方乙％丙", "％")]
    [InlineData("甲方乙·丙", "·")]
    [InlineData("甲方乙!丙", "!")]
    public void A_closing_mark_never_starts_a_line_the_previous_character_comes_down_with_it(string text, string mark)
    {
        var (lines, _) = BreakHelper.Break(text, 3);
        Assert.Equal("甲方", lines[0]);
        Assert.StartsWith("乙" + mark, lines[1]);
    }

    [Theory]
    [InlineData("甲方（乙丙", "（")]
    [InlineData("甲方《乙丙", "《")]
    [InlineData("甲方“乙丙", "“")]
    [InlineData("甲方「乙丙", "「")]
    [InlineData("甲方【乙丙", "【")]
    [InlineData("甲方(乙丙", "(")]
    [InlineData("甲方￥乙丙", "￥")]
    public void An_opening_mark_never_ends_a_line(string text, string mark)
    {
        var (lines, _) = BreakHelper.Break(text, 3);
        Assert.All(lines, l => Assert.False(l.EndsWith(mark, StringComparison.Ordinal)));
        Assert.StartsWith(mark, lines[1]);
    }

    [Theory]
    [InlineData("甲方乙……丙", "……")]
    [InlineData("甲方乙——丙", "——")]
    public void Ellipsis_and_dash_pairs_stay_together_with_the_character_before(string text, string pair)
    {
        var (lines, _) = BreakHelper.Break(text, 3.5f); // 甲方乙 + the pair is 4 wide
        Assert.Equal("甲方", lines[0]);
        Assert.StartsWith("乙" + pair, lines[1]);
    }

    [Theory]
    [InlineData("金额为12.5%整", "12.5%")]
    [InlineData("金额为1,000元", "1,000")]
    [InlineData("时间10:30开始", "10:30")]
    [InlineData("联系agreement方", "agreement")]
    public void Numbers_and_words_are_never_split(string text, string unit)
    {
        for (var width = 5f; width <= 9; width += 0.5f)
        {
            var (lines, spans) = BreakHelper.Break(text, width);
            Assert.All(spans, s => Assert.False(s.Forced));
            Assert.Contains(lines, l => l.Contains(unit, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_address_that_fits_on_a_line_moves_down_whole()
    {
        // Kept whole, the address (19 em) goes down and leaves 12 of the 20 em; it is not split to fill them.
        const string text = "电子邮箱：甲方乙方chen.siyuan@lanchuan-equip.example.cn。";
        var (lines, spans) = BreakHelper.Break(text, 20, justify: true);
        Assert.Equal(["电子邮箱：甲方乙方", "chen.siyuan@lanchuan-equip.example.cn。"], lines);
        Assert.All(spans, s => Assert.False(s.Forced));
    }

    [Fact]
    public void An_address_longer_than_a_line_continues_after_one_of_its_separators()
    {
        // 31 em of address on lines of 20: it must be split, and it is split where an address may be.
        const string text = "电子邮箱：甲方chen.siyuan.customer-relations@lanchuan-equip.example.cn。";
        var (lines, spans) = BreakHelper.Break(text, 20);
        Assert.Equal(["电子邮箱：甲方chen.siyuan.customer-", "relations@lanchuan-equip.example.cn。"], lines);
        Assert.All(spans, s => Assert.False(s.Forced));
    }

    [Theory]
    [InlineData("甲方乙方丙方丁方戊方己方庚方辛方壬方chen.siyuan@lanchuan-equip.example.cn。")] // only 2 em left: whole
    [InlineData("电子邮箱：甲方乙方LC-CRM-2025-0086-AAAA-BBBB-CCCC-DDDD。")]                   // no @ or /: a code, not an address
    [InlineData("电子邮箱：甲方乙方1,000,000,000,000,000,000,000.00元")]                     // a number
    public void Other_pieces_stay_whole_even_when_the_line_is_loose(string text)
    {
        var (lines, _) = BreakHelper.Break(text, 20);
        Assert.Equal(2, lines.Count);
        Assert.True(BreakRules.IsWide(lines[0][^1]), $"split inside the piece: {lines[0]}");
    }

    [Theory]
    [InlineData("经查明系乙方的原因所致。", 5, "所致。")]
    [InlineData("甲方乙方丙方丁。", 3, "方丁。")]
    [InlineData("本协议一式两份，双方各执一份\n乙方签字确认。", 5, "确认。")]
    public void A_paragraph_never_ends_on_a_line_of_one_character(string text, float width, string lastLine)
    {
        var (lines, _) = BreakHelper.Break(text, width);
        Assert.Equal(lastLine, lines[^1]);
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void A_one_character_line_stays_when_the_line_before_cannot_give_anything()
    {
        // "ab" is one word: pulling it down would leave the line before empty.
        var (lines, _) = BreakHelper.Break("ab甲。", 2);
        Assert.Equal(["ab", "甲。"], lines);
    }

    [Fact]
    public void Latin_text_breaks_after_spaces_and_the_space_hangs()
    {
        var (lines, spans) = BreakHelper.Break("ab cd ef", 2f);
        Assert.Equal(["ab ", "cd ", "ef"], lines);
        Assert.Equal(1f, spans[0].Width);
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_and_marked_forced()
    {
        var (lines, spans) = BreakHelper.Break("abcdefghij", 2);
        Assert.Equal(["abcd", "efgh", "ij"], lines);
        Assert.True(spans[0].Forced);
    }

    [Fact]
    public void A_newline_ends_the_line()
    {
        var (lines, spans) = BreakHelper.Break("甲方\n乙方", 10);
        Assert.Equal(["甲方\n", "乙方"], lines);
        Assert.True(spans[0].EndsParagraphLine);
    }

    [Fact]
    public void The_first_line_may_be_narrower()
    {
        var (lines, _) = BreakHelper.Break("甲方乙方丙方丁方", 4, firstWidth: 2);
        Assert.Equal(["甲方", "乙方丙方", "丁方"], lines);
    }

    [Fact]
    public void Astral_ideographs_are_one_code_point()
    {
        var (lines, _) = BreakHelper.Break("𠀀𠀁𠀂𠀃", 2);
        Assert.Equal(["𠀀𠀁", "𠀂𠀃"], lines);
    }
}
