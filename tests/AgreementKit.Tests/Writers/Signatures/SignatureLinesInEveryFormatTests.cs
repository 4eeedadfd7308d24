using System.Text.RegularExpressions;
using AgreementKit.Markup;
using AgreementKit.Model;
using AgreementKit.Tests.Writers.Docx;
using AgreementKit.Writers.Html;
using AgreementKit.Writers.Pdf;
using AgreementKit.Writers.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using H = AgreementKit.Writers.HouseStyle;

namespace AgreementKit.Tests.Writers.Signatures;

/// <summary>
/// What each party's column of the signature block says, read back from every format as its reader sees
/// it: an organisation's name, seal line, representatives, signing line and date; a natural person's name,
/// identification, signing line and date — and never a seal.
/// </summary>
public sealed partial class SignatureLinesInEveryFormatTests
{
    private const char S = LiteralMarks.Start;
    private const char E = LiteralMarks.End;

    public static TheoryData<string> Locales => new() { "zh-Hans", "zh-Hant" };

    private static Agreement Sample(string locale) => SampleAgreements.Assemble(
        "@title 销售人员客户关系管理责任协议\n" +
        $"@party company | 甲方 | {S}上海澜川智能装备有限公司{E} | organization | 法定代表人：{S}周秉文{E} | 授权代表：{S}沈佳怡{E}\n" +
        $"@party salesperson | 乙方 | {S}陈思远{E} | person | 居民身份证号码：{S}310112199003156213{E} | 员工编号：{S}LC-S-0117{E}\n" +
        "## 定义\n### 合同定义\n本协议所称客户，是指与甲方建立业务关系的单位或者个人。\n（以下无正文）\n@signatures\n",
        locale, new DocumentFacts("HT-1", "上海", new DateOnly(2025, 1, 1)));

    // The columns a reader should find, with the labels of the locale (签字 is 簽名 in Taiwan).
    private static List<string>[] Expected(string locale)
    {
        var (seal, sign) = locale == "zh-Hant" ? ("蓋章：", "簽名：") : ("盖章：", "签字：");
        var date = "日期：2025年1月1日";
        return
        [
            ["甲方：上海澜川智能装备有限公司", seal, "法定代表人：周秉文", "授权代表：沈佳怡", sign, date],
            ["乙方：陈思远", "居民身份证号码：310112199003156213", "员工编号：LC-S-0117", sign, date],
        ];
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Plain_text_prints_each_party_s_lines_in_turn(string locale)
    {
        var text = new StringWriter();
        PlainTextWriter.Write(Sample(locale), text);
        var lines = text.ToString().Split('\n');
        var start = Array.LastIndexOf(lines, "甲方：上海澜川智能装备有限公司"); // the cover names the parties first
        var expected = Expected(locale);
        Assert.Equal([.. expected[0], .. expected[1]], lines[start..(start + expected[0].Count + expected[1].Count)]);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Markdown_has_a_column_per_party(string locale)
    {
        var text = new StringWriter();
        MarkdownWriter.Write(Sample(locale), text);
        var rows = text.ToString().Split('\n').Where(l => l.StartsWith('|') && !l.Contains("---", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim().Replace("\\", "")).ToList()).ToList();
        AssertColumns(locale, [rows.Select(r => r[0]).ToList(), rows.Select(r => r[1]).ToList()]);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Html_draws_the_seal_and_signing_lines_as_bordered_spans_named_like_the_pdf_fields(string locale)
    {
        var html = HtmlWriter.Write(Sample(locale));
        var parties = PartyDiv().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var columns = parties.Select(p => Paragraph().Matches(p).Select(m => Tag().Replace(m.Groups[2].Value, "")).ToList()).ToArray();
        AssertColumns(locale, columns);
        Assert.Contains("<p class=\"seal writing-line\" data-field=\"seal.company\">", parties[0], StringComparison.Ordinal);
        Assert.Contains("data-field=\"sig.company\">", parties[0], StringComparison.Ordinal);
        Assert.Contains("data-field=\"sig.salesperson\">", parties[1], StringComparison.Ordinal);
        Assert.DoesNotContain("seal.salesperson", html, StringComparison.Ordinal);
        Assert.Contains(".signature-grid .rule { flex: 1; border-bottom:", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Docx_cells_draw_the_lines_with_a_tab_leader_and_carry_bookmarks(string locale)
    {
        using var docx = DocxFile.Write(Sample(locale));
        var table = docx.Body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        var columns = Enumerable.Range(0, 2).Select(c => rows.Select(r => DocxFile.Visible(r[c]).Replace("\t", "")).ToList()).ToArray();
        AssertColumns(locale, columns);

        var writingLines = table.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Where(p => p.ParagraphProperties?.Tabs is not null).ToList();
        Assert.Equal(3, writingLines.Count);
        Assert.All(writingLines, p => Assert.Equal(TabStopLeaderCharValues.Underscore, p.ParagraphProperties!.Tabs!.Elements<TabStop>().Single().Leader!.Value));
        Assert.Equal(["seal.company", "sig.company", "sig.salesperson"], table.Descendants<BookmarkStart>().Select(b => b.Name!.Value));
        // Each bookmark spans the tab that draws its line.
        Assert.All(table.Descendants<BookmarkStart>(), b => Assert.IsType<TabChar>(b.NextSibling<Run>()!.GetFirstChild<TabChar>()));
    }

    [Fact]
    public void Docx_without_signature_bookmarks_still_draws_the_lines()
    {
        using var docx = DocxFile.Write(Sample("zh-Hans"), AgreementKit.Writers.Docx.DocxOptions.Default with { SignatureBookmarks = false });
        var table = docx.Body.Elements<Table>().Single();
        Assert.Empty(table.Descendants<BookmarkStart>());
        Assert.Equal(3, table.Descendants<TabChar>().Count());
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Pdf_columns_read_as_the_model_says(string locale)
    {
        var agreement = Sample(locale);
        using var stream = new MemoryStream();
        Assert.True(PdfAgreementWriter.Write(agreement, stream).Succeeded);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var page = pdf.GetPage(pdf.NumberOfPages);
        // Lines by baseline, split at the middle of the text column; from the party names down to the footer.
        var middle = H.MarginLeft + H.BodyWidth / 2;
        var lines = page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
            .Select(g => (Left: string.Concat(g.Where(l => l.StartBaseLine.X < middle).Select(l => l.Value)), Right: string.Concat(g.Where(l => l.StartBaseLine.X >= middle).Select(l => l.Value))))
            .ToList();
        var first = lines.FindIndex(l => l.Left.StartsWith("甲方：", StringComparison.Ordinal));
        var block = lines.Skip(first).Take(lines.Count - first - 1).ToList(); // the footer is last
        AssertColumns(locale, [block.Select(l => l.Left).ToList(), block.Select(l => l.Right).ToList()]);
        // Extracted text reads party by party, as the text writer prints the block.
        var expected = Expected(locale);
        Assert.Contains(string.Concat(expected[0]) + string.Concat(expected[1]), string.Concat(page.Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    private static void AssertColumns(string locale, IReadOnlyList<List<string>> columns)
    {
        var expected = Expected(locale);
        Assert.Equal(expected[0], columns[0].Where(l => l.Length > 0));
        Assert.Equal(expected[1], columns[1].Where(l => l.Length > 0));
        Assert.DoesNotContain(columns[1], l => l.Contains("盖章", StringComparison.Ordinal) || l.Contains("蓋章", StringComparison.Ordinal));
    }

    [GeneratedRegex("<div class=\"party\" data-party=\"[a-z]+\">\\n(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex PartyDiv();

    [GeneratedRegex("<p class=\"([^\"]*)\"[^>]*>(.*?)</p>")]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
