using AgreementKit.Model;
using AgreementKit.Tests.Writers.Docx;
using AgreementKit.Writers.Pdf;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace AgreementKit.Tests.Writers.Signatures;

/// <summary>
/// The signature block never stands alone on a page: agreements whose text ends at every height of a page
/// put the block on the page of the last lines of text, and only a block that cannot have them (after a
/// page break) gets the customary （本页无正文，为《…》之签署页） line.
/// </summary>
public sealed class SignaturePageTests(ITestOutputHelper output)
{
    private const string Title = "销售人员客户关系管理责任协议";
    private const string Note = "（本页无正文，为《" + Title + "》之签署页）";

    // A chapter of filler, then a last clause whose last paragraph ends in a marker, then the block.
    private static Agreement WithFiller(int sentences, bool pageBreak = false) => SampleAgreements.Assemble(
        $"@title {Title}\n" +
        "@party company | 甲方 | 上海澜川智能装备有限公司 | organization | 法定代表人：周秉文 | 授权代表：沈佳怡\n" +
        "@party salesperson | 乙方 | 陈思远 | person | 员工编号：LC-S-0117\n" +
        "## 一般规定\n### 职责\n" +
        string.Concat(Enumerable.Repeat("乙方应当按照甲方的客户关系管理制度建立和维护客户档案，确保信息真实、准确、完整。\n", 12)) +
        "### 生效\n" +
        string.Concat(Enumerable.Repeat("本协议自双方签字盖章之日起生效，", sentences)) + "本条至此结束。\n" +
        "（以下无正文）\n" +
        (pageBreak ? "@pagebreak\n" : "") + "@signatures\n",
        "zh-Hans", new DocumentFacts("HT-1", "上海", new DateOnly(2025, 1, 1)));

    private static List<string> PageTexts(Agreement agreement)
    {
        using var stream = new MemoryStream();
        Assert.True(PdfAgreementWriter.Write(agreement, stream).Succeeded);
        using var pdf = PdfDocument.Open(stream.ToArray());
        return [.. pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))];
    }

    [Fact]
    public void Wherever_the_text_ends_the_block_shares_a_page_with_its_last_lines()
    {
        var blockAtTop = 0;
        var blockLow = 0;
        for (var sentences = 1; sentences <= 60; sentences += 2)
        {
            var pages = PageTexts(WithFiller(sentences));
            var signing = pages.Select((text, i) => (text, i)).Where(p => p.text.Contains("签字：", StringComparison.Ordinal)).ToList();
            var (page, index) = Assert.Single(signing);
            Assert.Contains("本条至此结束。", page);
            Assert.Contains("（以下无正文）", page);
            Assert.DoesNotContain("本页无正文", string.Concat(pages));
            // The block is the page's last content (read party by party): nothing of the text follows it.
            Assert.EndsWith("乙方：陈思远员工编号：LC-S-0117签字：日期：2025年1月1日第 " + (index + 1) + " 页 共 " + pages.Count + " 页", page);
            if (page.IndexOf("本条至此结束", StringComparison.Ordinal) < page.Length / 3) blockAtTop++;
            else blockLow++;
        }

        // The sweep really did push the block over page ends (lines moved with it) and leave it low on a page.
        output.WriteLine($"block near a page top {blockAtTop} times, lower {blockLow} times");
        Assert.True(blockAtTop > 0 && blockLow > 0, $"{blockAtTop} near the top, {blockLow} lower");
    }

    [Fact]
    public void After_a_page_break_the_signature_page_says_what_it_is()
    {
        var pages = PageTexts(WithFiller(3, pageBreak: true));
        var last = pages[^1];
        Assert.StartsWith(Title + Note + "甲方：上海澜川智能装备有限公司", last);
        Assert.DoesNotContain("本条至此结束", last);
        Assert.Single(pages, p => p.Contains(Note, StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_page_break_the_docx_signature_page_says_what_it_is_too()
    {
        using var docx = DocxFile.Write(WithFiller(3, pageBreak: true));
        var note = docx.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Single(p => DocxFile.Visible(p) == Note);
        Assert.NotNull(note.ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void In_docx_the_last_lines_of_text_keep_with_the_block()
    {
        using var docx = DocxFile.Write(WithFiller(3));
        var body = docx.Body.ChildElements.ToList();
        var title = body.FindIndex(e => e is DocumentFormat.OpenXml.Wordprocessing.Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == AgreementKit.Writers.Docx.StyleIds.SignatureTitle);
        var before = body.Take(title).TakeLast(2).Cast<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        Assert.Equal("（以下无正文）", DocxFile.Visible(before[1]));
        Assert.EndsWith("本条至此结束。", DocxFile.Visible(before[0]), StringComparison.Ordinal);
        Assert.All(before, p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
        Assert.DoesNotContain(body, e => DocxFile.Visible(e) == Note);
    }
}
