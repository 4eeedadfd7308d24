using System.Text;
using AgreementKit.Tests.Writers.Docx;
using AgreementKit.Writers.Text;

namespace AgreementKit.Tests.Writers.Text;

/// <summary>Markdown shows values as typed: anything CommonMark could read as markup is escaped.</summary>
public sealed class MarkdownWriterTests
{
    [Theory]
    [InlineData("*重要*", "\\*重要\\*")]
    [InlineData("# 标题", "\\# 标题")]
    [InlineData("<b>x</b>", "\\<b\\>x\\</b\\>")]
    [InlineData("1. 第一", "1\\. 第一")]
    [InlineData("[链接](http://x)", "\\[链接\\]\\(http://x\\)")]
    public void Markup_characters_are_escaped(string text, string escaped) => Assert.Equal(escaped, MarkdownWriter.Escape(text));

    [Fact]
    public void Headings_items_and_the_signature_table_follow_the_model()
    {
        var agreement = SampleAgreements.Full();
        var writer = new StringWriter();
        MarkdownWriter.Write(agreement, writer);
        var markdown = writer.ToString();
        Assert.StartsWith("# " + agreement.Title + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## 第一章 定义与解释\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### 1\\.1 ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n（1）", markdown, StringComparison.Ordinal);
        // One table column per party.
        var header = markdown.Split('\n').First(l => l.StartsWith("| 甲方", StringComparison.Ordinal));
        Assert.Equal(agreement.Parties.Count + 1, header.Count(c => c == '|'));
        Assert.Contains(MarkdownWriter.Escape(SampleAgreements.Special), markdown, StringComparison.Ordinal);
    }
}
