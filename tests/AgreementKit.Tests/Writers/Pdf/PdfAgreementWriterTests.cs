using AgreementKit.Layout.Fonts;
using AgreementKit.Model;
using AgreementKit.Tests.Support;
using AgreementKit.Writers;
using AgreementKit.Writers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace AgreementKit.Tests.Writers.Pdf;

public class PdfAgreementWriterTests
{
    private static string Markup(int chapters) =>
        "@title 销售人员客户关系管理责任协议\n" +
        "@meta subject 客户关系管理\n@meta keywords 协议,客户\n" +
        "@party company | 甲方 | 上海示例科技有限公司 | organization | 法定代表人：李四\n" +
        "@party employee | 乙方 | 张三 | person | 员工编号：E-0001\n" +
        string.Concat(Enumerable.Range(1, chapters).Select(c =>
            $"## 第{c}部分职责\n### 一般规定\n" +
            string.Concat(Enumerable.Repeat("甲方应当按照本协议的约定，一方日金，向乙方支付服务费用人民币1,000元，服务费率为12.5%，双方应当在24小时内书面通知对方。", 3)) + "\n" +
            "- 收集客户信息并于5个工作日内整理完毕；\n- 每月至少沟通一次。\n### 考核\n满意度不低于95%。\n")) +
        "@supplementary 附加条款\n### 保密\n双方应当保守对方的商业秘密。\n### 通知\n通知以书面形式送达。\n" +
        "@annex 术语表\n@term 客户 | 与甲方建立业务关系的个人或单位。\n" +
        "@signatures\n";

    private static (Agreement Agreement, byte[] Pdf) Write(int chapters = 8, string locale = "zh-Hans", FontSet? fonts = null)
    {
        var (agreement, diagnostics) = AgreementAssembler.Assemble(Markup(chapters), "t.scriban", locale, new DocumentFacts("HT-2025-0001", "上海", new DateOnly(2025, 1, 1)));
        Assert.True(agreement is not null, string.Join("\n", diagnostics));
        using var stream = new MemoryStream();
        var result = PdfAgreementWriter.Write(agreement!, stream, fonts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (agreement!, stream.ToArray());
    }

    private static string PageText(PdfDocument pdf, int page) => string.Concat(pdf.GetPage(page).Letters.Select(l => l.Value));

    [Fact]
    public void Cover_contents_body_and_signatures_come_out_with_page_numbers_and_links()
    {
        var (agreement, bytes) = Write();
        using var pdf = PdfDocument.Open(bytes);
        var total = pdf.NumberOfPages;
        Assert.True(total >= 5, $"{total} pages");

        var cover = PageText(pdf, 1);
        Assert.Contains("销售人员客户关系管理责任协议", cover);
        Assert.Contains("协议编号：HT-2025-0001", cover);
        Assert.Contains("甲方：上海示例科技有限公司", cover);
        Assert.Contains("签订日期：2025年1月1日", cover);
        for (var p = 1; p <= total; p++)
        {
            var text = PageText(pdf, p);
            Assert.EndsWith($"第 {p} 页 共 {total} 页", text);
            if (p > 1) Assert.StartsWith(agreement.Title, text);
        }

        // Every contents entry links to the page its heading is printed on, and prints that number.
        var contents = pdf.GetPage(2);
        var links = contents.GetAnnotations().Where(a => a.Type == AnnotationType.Link)
            .OrderByDescending(a => a.Rectangle.Top).ToList();
        var listed = agreement.Sections.Where(DocumentLabels.InContents).ToList();
        Assert.Equal(listed.Count, links.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var target = ((AbstractGoToAction)links[i].Action!).Destination.PageNumber;
            Assert.Contains(listed[i].Heading, PageText(pdf, target));
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(listed[i].Heading) + @"\.+" + target + @"(?!\d)", PageText(pdf, 2));
        }
    }

    [Fact]
    public void Bookmarks_list_chapters_and_supplementary_clauses()
    {
        var (agreement, bytes) = Write();
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var expected = agreement.Sections.Where(DocumentLabels.InContents).Select(s => s.Heading).ToList();
        Assert.Equal(expected, bookmarks.Roots.Select(b => b.Title));
        var supplementary = bookmarks.Roots.Single(b => b.Title == "附加条款");
        Assert.Equal(["附加条款1 保密", "附加条款2 通知"], supplementary.Children.Select(c => c.Title));
        Assert.All(bookmarks.Roots.Cast<DocumentBookmarkNode>(), b => Assert.Contains(b.Title, PageText(pdf, b.PageNumber)));
    }

    [Fact]
    public void The_signature_table_is_never_split()
    {
        // Different lengths push the signature block to different places on its page.
        for (var chapters = 1; chapters <= 8; chapters++)
        {
            var (_, bytes) = Write(chapters);
            using var pdf = PdfDocument.Open(bytes);
            var pages = Enumerable.Range(1, pdf.NumberOfPages).Where(p => PageText(pdf, p).Contains("签字：", StringComparison.Ordinal)).ToList();
            var page = Assert.Single(pages);
            var text = PageText(pdf, page);
            // Party by party, as the text writer prints it: the company seals, the employee does not.
            Assert.Contains("甲方：上海示例科技有限公司盖章：法定代表人：李四签字：日期：2025年1月1日乙方：张三员工编号：E-0001签字：日期：2025年1月1日", text);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "盖章"));
        }
    }

    [Fact]
    public void Metadata_comes_from_the_agreement()
    {
        var (_, bytes) = Write(2);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal("销售人员客户关系管理责任协议", pdf.Information.Title);
        Assert.Equal("上海示例科技有限公司", pdf.Information.Author);
        Assert.Equal("客户关系管理", pdf.Information.Subject);
        Assert.Equal("协议,客户", pdf.Information.Keywords);
        Assert.Equal("D:20250101000000+00'00'", pdf.Information.CreationDate);
    }

    [Fact]
    public void Traditional_agreements_use_the_traditional_footer()
    {
        var (_, bytes) = Write(1, "zh-Hant");
        using var pdf = PdfDocument.Open(bytes);
        Assert.EndsWith($"第 1 頁 共 {pdf.NumberOfPages} 頁", PageText(pdf, 1));
    }

    [Fact]
    public void A_users_TrueType_fonts_are_embedded_as_subsets_not_whole()
    {
        // A 12.8 MB CJK font and a Latin bold font.
        var body = Path.Combine(RepoPaths.Root, "fonts", "NotoSerifCJKsc-Regular.subset.ttf");
        var bold = DejaVuFonts.Require("DejaVuSans-Bold.ttf");
        var diagnostics = new List<AgreementKit.Diagnostics.Diagnostic>();
        var fonts = FontSet.FromFiles(new FontFile(body), new FontFile(bold), diagnostics);
        Assert.True(fonts is not null, string.Join("\n", diagnostics));

        var (agreement, bytes) = Write(2, fonts: fonts);
        Assert.InRange(bytes.Length, 10_000, 400_000);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains("甲方应当按照本协议的约定，一方日金", text);
        Assert.Contains(agreement.Chapters.First().Title, text);
        var fontNames = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.Contains(fontNames, n => n is not null && n.EndsWith("+DejaVuSans-Bold", StringComparison.Ordinal));
        Assert.Contains(fontNames, n => n is not null && n.EndsWith("+NotoSerifCJKsc-Regular", StringComparison.Ordinal));
    }
}
