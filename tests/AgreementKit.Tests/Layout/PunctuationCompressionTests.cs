using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Text;

namespace AgreementKit.Tests.Layout;

/// <summary>Adjacent full-width punctuation gives up half an em from the blank sides of its glyphs.</summary>
public class PunctuationCompressionTests
{
    private static readonly TextStyle Style = new(FontRole.Regular, 12);

    // Ink of Noto Serif CJK SC (closing marks on the left half, opening marks on the right half) and of
    // Noto Serif CJK TC, whose stops sit in the middle of the em.
    private static readonly Dictionary<char, (float, float)> Simplified = new()
    {
        ['，'] = (0.08f, 0.23f), ['。'] = (0.04f, 0.32f), ['；'] = (0.13f, 0.29f), ['）'] = (0.06f, 0.35f),
        ['（'] = (0.65f, 0.94f), ['”'] = (0.08f, 0.43f), ['“'] = (0.57f, 0.92f), ['元'] = (0.05f, 0.95f),
    };

    private static readonly Dictionary<char, (float, float)> Traditional = new()
    {
        ['，'] = (0.40f, 0.56f), ['。'] = (0.36f, 0.64f), ['「'] = (0.66f, 0.96f), ['」'] = (0.04f, 0.34f), ['元'] = (0.05f, 0.95f),
    };

    private static List<ShapedCluster> Compress(string text, Dictionary<char, (float, float)> ink)
    {
        var clusters = text.Select(c => new ShapedCluster(c, c.ToString(), null!, 1, 12, Style)).ToList();
        PunctuationCompression.Apply(clusters, c => ink[(char)c.CodePoint]);
        return clusters;
    }

    private static string Widths(List<ShapedCluster> clusters) => string.Join(" ", clusters.Select(c => c.Advance / 12));

    [Theory]
    [InlineData("元）；", "1 0.5 1")]
    [InlineData("。”", "0.5 1")]
    [InlineData("）（", "0.5 1")]
    [InlineData("，“", "0.5 1")]
    [InlineData("（“", "1 0.5")]
    [InlineData("）。”", "0.5 0.5 1")]
    [InlineData("元，元", "1 1 1")]
    public void Adjacent_marks_take_one_and_a_half_ems(string text, string widths)
    {
        var clusters = Compress(text, Simplified);
        Assert.Equal(widths, Widths(clusters));
        Assert.Equal(text, string.Concat(clusters.Select(c => c.Text)));
    }

    [Fact]
    public void The_half_em_comes_from_the_blank_side_of_each_mark()
    {
        var closing = Compress("）；", Simplified);
        Assert.Equal(new GlyphTrim(0, 2), closing[0].Trim);
        Assert.True(closing[1].Trim.IsNone);
        var opening = Compress("（“", Simplified);
        Assert.True(opening[0].Trim.IsNone);
        Assert.Equal(new GlyphTrim(2, 0), opening[1].Trim);
    }

    [Fact]
    public void Centred_stops_give_up_only_their_blank_quarter()
    {
        // Taiwan's ， is centred: a quarter em is blank on its right; 「 supplies the other quarter.
        var clusters = Compress("，「", Traditional);
        Assert.Equal(new GlyphTrim(0, 1), clusters[0].Trim);
        Assert.Equal(new GlyphTrim(1, 0), clusters[1].Trim);
        Assert.Equal("0.75 0.75", Widths(clusters));
        // 。」: only 。's quarter is blank between the two inks.
        Assert.Equal("0.75 1", Widths(Compress("。」", Traditional)));
    }

    [Fact]
    public void Proportional_marks_are_left_alone()
    {
        var clusters = new List<ShapedCluster>
        {
            new('）', "）", null!, 1, 12, Style),
            new('”', "”", null!, 2, 5, Style), // a Latin-width quote
        };
        PunctuationCompression.Apply(clusters, _ => (0.1f, 0.3f));
        Assert.Equal("1 0.41666666", Widths(clusters)[..12]);
    }
}
