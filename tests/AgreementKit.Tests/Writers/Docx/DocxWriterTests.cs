using AgreementKit.Markup;
using System.IO.Compression;
using AgreementKit.Model;
using AgreementKit.Templates.Sandbox;
using AgreementKit.Writers;
using AgreementKit.Writers.Docx;
using AgreementKit.Writers.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace AgreementKit.Tests.Writers.Docx;

// The sibling test namespace Writers.Text would otherwise hide Open XML's w:t element type.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

public sealed class DocxWriterTests(ITestOutputHelper output)
{
    private static readonly string[] ChapterLabels =
        ["第一章", "第二章", "第三章", "第四章", "第五章", "第六章", "第七章", "第八章", "第九章", "第十章", "第十一章", "第十二章", "第十三章", "第十四章"];

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant")]
    public void The_package_validates_against_Office_2019_with_no_errors(string locale)
    {
        using var docx = DocxFile.Write(SampleAgreements.Full(locale));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Id} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void What_the_validator_misses_holds_too()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var body = docx.Body;

        Assert.All(body.Descendants<TableCell>(), cell => Assert.NotEmpty(cell.Elements<Paragraph>()));
        Assert.IsType<SectionProperties>(body.LastChild);
        Assert.Single(body.Descendants<SectionProperties>());
        var drawingIds = docx.Main.Document!.Descendants<Wp.DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal(drawingIds.Count, drawingIds.Distinct().Count());

        var bookmarks = body.Descendants<BookmarkStart>().ToList();
        Assert.Equal(bookmarks.Count, bookmarks.Select(b => b.Name!.Value).Distinct().Count());
        Assert.Equal(bookmarks.Count, bookmarks.Select(b => b.Id!.Value).Distinct().Count());
        Assert.Equal(bookmarks.Select(b => b.Id!.Value).Order(), body.Descendants<BookmarkEnd>().Select(b => b.Id!.Value).Order());
        var names = bookmarks.Select(b => b.Name!.Value).ToHashSet();
        var anchors = body.Descendants<Hyperlink>().Select(h => h.Anchor?.Value).ToList();
        Assert.All(anchors, a => Assert.Contains(a, names));
        Assert.All(names, n => Assert.True(n!.Length <= 40, n));

        // Every style a paragraph names exists.
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        var used = docx.Main.Document!.Descendants<ParagraphStyleId>()
            .Concat(docx.Main.HeaderParts.SelectMany(h => h.Header!.Descendants<ParagraphStyleId>()))
            .Concat(docx.Main.FooterParts.SelectMany(f => f.Footer!.Descendants<ParagraphStyleId>()))
            .Select(s => s.Val!.Value);
        Assert.All(used, id => Assert.Contains(id, styles));

        // Every header and footer reference resolves to a part.
        foreach (var reference in body.Descendants<HeaderReference>()) Assert.IsType<HeaderPart>(docx.Main.GetPartById(reference.Id!.Value!));
        foreach (var reference in body.Descendants<FooterReference>()) Assert.IsType<FooterPart>(docx.Main.GetPartById(reference.Id!.Value!));
    }

    [Fact]
    public void Headings_are_the_model_headings_in_order_each_with_a_bookmark()
    {
        var agreement = SampleAgreements.Full();
        using var docx = DocxFile.Write(agreement);
        var headings = docx.ParagraphsWithStyle(StyleIds.Heading1).ToList();
        Assert.Equal(
            [.. ChapterLabels.Zip(SampleAgreements.ChapterTitles, (l, t) => $"{l} {t}"), "附加条款", "一、附件列表", "二、法律名词及解释"],
            headings.Select(DocxFile.Visible));
        Assert.All(headings, h => Assert.Single(h.Elements<BookmarkStart>()));
        Assert.True(docx.Body.Descendants<BookmarkStart>().Count() >= 14);

        var clauses = docx.ParagraphsWithStyle(StyleIds.Heading2).Select(DocxFile.Visible).ToList();
        Assert.Equal(14 * 3 + 2, clauses.Count);
        Assert.Equal("1.1 第1章第1条标题", clauses[0]);
        Assert.Equal("14.3 第14章第3条标题", clauses[41]);
        Assert.Equal(["附加条款1 特殊条款", "附加条款2 激励"], clauses[^2..]);
    }

    [Fact]
    public void Contents_is_filled_in_a_TOC_field_of_hyperlinks_to_the_headings_with_page_numbers()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var entries = docx.ParagraphsWithStyle(StyleIds.Contents1).ToList();
        var headings = docx.ParagraphsWithStyle(StyleIds.Heading1).ToList();

        Assert.Equal(headings.Select(DocxFile.Visible), entries.Select(e => DocxFile.Visible(e).TrimEnd('\t')));
        Assert.Equal(headings.Select(h => h.Elements<BookmarkStart>().Single().Name!.Value), entries.Select(e => e.Elements<Hyperlink>().Single().Anchor!.Value));
        Assert.True(docx.Body.Descendants<Hyperlink>().Count() >= 14);

        // One TOC field spans the entries: begin and instruction in the first, end in the last.
        var instruction = entries[0].Descendants<FieldCode>().First().Text;
        Assert.Equal(" TOC \\o \"1-1\" \\h \\z \\u ", instruction);
        Assert.Equal(FieldCharValues.Begin, entries[0].Elements<Run>().First().GetFirstChild<FieldChar>()!.FieldCharType!.Value);
        Assert.Equal(FieldCharValues.End, entries[^1].Elements<Run>().Last().GetFirstChild<FieldChar>()!.FieldCharType!.Value);
        Assert.Equal(docx.Body.Descendants<FieldChar>().Count(f => f.FieldCharType!.Value == FieldCharValues.Begin), docx.Body.Descendants<FieldChar>().Count(f => f.FieldCharType!.Value == FieldCharValues.End));

        // Each entry's page number is a PAGEREF to its own bookmark with a cached number that never goes back.
        var pages = new List<int>();
        foreach (var entry in entries)
        {
            var link = entry.Elements<Hyperlink>().Single();
            Assert.Equal($" PAGEREF {link.Anchor!.Value} \\h ", link.Descendants<FieldCode>().Single().Text);
            pages.Add(int.Parse(link.Elements<Run>().Select(r => r.GetFirstChild<Text>()?.Text).Last(t => t is not null)!));
        }

        Assert.True(pages[0] >= 3, $"the body starts after the cover and the contents, not on page {pages[0]}");
        Assert.Equal(pages.Order(), pages);
        output.WriteLine("estimated pages: " + string.Join(", ", pages));
    }

    [Fact]
    public void Contents_depth_2_lists_clauses_too()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full(), DocxOptions.Default with { ContentsDepth = 2 });
        var entries = docx.ParagraphsWithStyle(StyleIds.Contents2).Select(e => e.Elements<Hyperlink>().Single().Anchor!.Value).ToList();
        Assert.Equal(docx.ParagraphsWithStyle(StyleIds.Heading2).Select(h => h.Elements<BookmarkStart>().Single().Name!.Value), entries);
        Assert.Contains("\\o \"1-2\"", docx.ParagraphsWithStyle(StyleIds.Contents1).First().Descendants<FieldCode>().First().Text);
    }

    [Fact]
    public void The_document_reads_in_the_order_the_text_writer_prints()
    {
        var agreement = SampleAgreements.Full();
        var text = new StringWriter();
        PlainTextWriter.Write(agreement, text);
        static string Normal(string line) => line.Replace(" ", "").Replace("\t", "");
        var expected = text.ToString().Split('\n').Where(l => l.Length > 0).Select(Normal).ToList();

        using var docx = DocxFile.Write(agreement);
        var actual = new List<string>();
        foreach (var element in docx.Body.ChildElements)
        {
            if (element is Paragraph p) actual.Add(DocxFile.Visible(p));
            // The text writer lists the signature block party by party: column by column.
            if (element is Table table)
            {
                var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
                for (var c = 0; c < rows[0].Count; c++)
                    actual.AddRange(rows.Select(r => DocxFile.Visible(r[c])));
            }
        }

        Assert.Equal(expected, actual.Select(Normal).Where(l => l.Length > 0));
    }

    [Fact]
    public void Items_hang_after_their_labels_and_glossary_terms_are_bold()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var items = docx.ParagraphsWithStyle(StyleIds.Item).ToList();
        Assert.Equal("（1）\t建立和维护客户档案第1项，确保信息真实、准确、完整。", DocxFile.Visible(items[0]));

        // The first clause's list runs to （11）: its items share a wider hanging indent; other lists use the style's.
        var first = items.Take(11).ToList();
        Assert.All(first, i => Assert.Equal(400, i.ParagraphProperties!.Indentation!.HangingChars!.Value));
        // Tab stops add up along the style chain, so the style's stop at 5 ems is cleared and the text tabs to 6.
        Assert.All(first, i => Assert.Equal(
            [(TabStopValues.Clear, 1200), (TabStopValues.Left, 1440)],
            i.ParagraphProperties!.Tabs!.Elements<TabStop>().Select(t => (t.Val!.Value, t.Position!.Value))));
        Assert.All(items.Skip(11), i => Assert.Null(i.ParagraphProperties!.Indentation));
        var style = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == StyleIds.Item);
        Assert.Equal(300, style.StyleParagraphProperties!.Indentation!.HangingChars!.Value);

        var term = docx.ParagraphsWithStyle(StyleIds.Body).Single(p => DocxFile.Visible(p).StartsWith("合同履行", StringComparison.Ordinal));
        var runs = term.Elements<Run>().ToList();
        Assert.Equal("合同履行", runs[0].InnerText);
        Assert.NotNull(runs[0].RunProperties?.Bold);
        Assert.Equal("：双方按约定履行各自的权利和义务。", runs[1].InnerText);
        Assert.Null(runs[1].RunProperties?.Bold);
    }

    [Fact]
    public void A_paragraph_introducing_a_list_keeps_with_its_first_item()
    {
        var agreement = SampleAgreements.Assemble(
            "@title 协议\n@party company | 甲方 | 上海某某科技有限公司\n## 职责\n### 乙方职责\n乙方的职责包括：\n- 收集客户信息。\n- 建立客户档案。\n" +
            "双方确认如下：\n本协议自签字之日起生效。\n乙方另须\n- 每月提交报告。\n");
        using var docx = DocxFile.Write(agreement);
        bool KeepsWithNext(string text) => docx.ParagraphsWithStyle(StyleIds.Body).Single(p => DocxFile.Visible(p) == text).ParagraphProperties!.KeepNext is not null;
        Assert.True(KeepsWithNext("乙方的职责包括："));
        Assert.False(KeepsWithNext("双方确认如下："));  // no list follows
        Assert.False(KeepsWithNext("乙方另须"));        // does not announce the list with ：
        Assert.All(docx.ParagraphsWithStyle(StyleIds.Item), i => Assert.Null(i.ParagraphProperties!.KeepNext));
    }

    [Fact]
    public void Signature_table_has_a_column_per_party_and_cannot_split()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var table = docx.Body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        // Equal columns; organisations seal, the natural person gives an ID line and never a seal.
        Assert.Single(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => g.Width!.Value).Distinct());
        Assert.Equal(["甲方：上海某某科技有限公司", "乙方：李四", $"第三方中介：{SampleAgreements.Special}"], rows[0].Elements<TableCell>().Select(DocxFile.Visible));
        Assert.Equal(["盖章：\t", "员工编号：S-007", "盖章：\t"], rows[1].Elements<TableCell>().Select(DocxFile.Visible));
        Assert.Equal(["法定代表人：张三", "", "负责人：王五"], rows[2].Elements<TableCell>().Select(DocxFile.Visible));
        Assert.All(rows[3].Elements<TableCell>(), c => Assert.Equal("签字：\t", DocxFile.Visible(c)));
        Assert.All(rows[4].Elements<TableCell>(), c => Assert.Equal("日期：2025年1月1日", DocxFile.Visible(c)));
        Assert.DoesNotContain("盖章", DocxFile.Visible(table.Elements<TableRow>().First()) + string.Concat(rows.Select(r => DocxFile.Visible(r.Elements<TableCell>().ElementAt(1)))));

        // All but the last row keep with the next (by style), so the table moves to a new page whole.
        var cellStyle = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == StyleIds.SignatureCell);
        Assert.NotNull(cellStyle.StyleParagraphProperties!.KeepNext);
        Assert.All(rows[..^1].SelectMany(r => r.Descendants<Paragraph>()), p => Assert.Null(p.ParagraphProperties!.KeepNext));
        Assert.All(rows[^1].Descendants<Paragraph>(), p => Assert.False(p.ParagraphProperties!.KeepNext!.Val!.Value));
        Assert.Equal("各方签署", DocxFile.Visible(docx.ParagraphsWithStyle(StyleIds.SignatureTitle).Single()));
    }

    [Fact]
    public void Without_a_sign_date_the_table_leaves_a_blank_date_and_properties_use_the_fixed_epoch()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full(signDate: false));
        var lastRow = docx.Body.Elements<Table>().Single().Elements<TableRow>().Last();
        Assert.All(lastRow.Elements<TableCell>(), c => Assert.Equal("日期：____年____月____日", DocxFile.Visible(c)));
        Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc), docx.Package.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void Page_breaks_the_template_asks_for_start_the_section_on_a_new_page()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var annex = docx.ParagraphsWithStyle(StyleIds.Heading1).Single(h => DocxFile.Visible(h) == "一、附件列表");
        Assert.NotNull(annex.ParagraphProperties!.PageBreakBefore);
        var chapter = docx.ParagraphsWithStyle(StyleIds.Heading1).Skip(1).First();
        Assert.Null(chapter.ParagraphProperties!.PageBreakBefore);
        // Cover, contents and body each start a page.
        Assert.NotNull(docx.ParagraphsWithStyle(StyleIds.ContentsHeading).Single().ParagraphProperties!.PageBreakBefore);
        Assert.Equal("为明确双方在客户关系管理中的责任，经各方平等协商，订立本协议。", DocxFile.Visible(docx.ParagraphsWithStyle(StyleIds.Body).First(p => p.ParagraphProperties!.PageBreakBefore is not null)));
    }

    [Theory]
    [InlineData("zh-Hans", "页", "zh-CN")]
    [InlineData("zh-Hant", "頁", "zh-TW")]
    public void Footer_counts_pages_with_PAGE_and_NUMPAGES_and_the_header_carries_the_title(string locale, string page, string language)
    {
        var agreement = SampleAgreements.Full(locale);
        using var docx = DocxFile.Write(agreement);
        var sections = docx.Body.GetFirstChild<SectionProperties>()!;
        var footerId = sections.Elements<FooterReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value!;
        var footer = ((FooterPart)docx.Main.GetPartById(footerId)).Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<FieldCode>().Select(c => c.Text));
        Assert.Equal($"第 1 {page} 共 1 {page}", DocxFile.Visible(footer.Descendants<Paragraph>().Single()));

        var headerId = sections.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.Default).Id!.Value!;
        Assert.Equal(agreement.Title, ((HeaderPart)docx.Main.GetPartById(headerId)).Header!.InnerText);

        // The cover page has its own, empty, header and footer.
        Assert.NotNull(sections.GetFirstChild<TitlePage>());
        var firstFooter = sections.Elements<FooterReference>().Single(r => r.Type!.Value == HeaderFooterValues.First).Id!.Value!;
        Assert.Equal(string.Empty, ((FooterPart)docx.Main.GetPartById(firstFooter)).Footer!.InnerText);

        var languages = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal(language, languages.EastAsia!.Value);
    }

    [Fact]
    public void Styles_carry_the_Chinese_fonts_sizes_indents_and_spacing()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        Style Style(string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("宋体", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value);

        // The house style: title 二号 (22 pt), chapter headings 三号 (16 pt), clause headings 小四 (12 pt).
        foreach (var (id, size) in new[] { (StyleIds.Title, "44"), (StyleIds.Heading1, "32"), (StyleIds.Heading2, "24") })
        {
            Assert.Equal("黑体", Style(id).StyleRunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal(size, Style(id).StyleRunProperties!.FontSize!.Val!.Value);
            Assert.NotNull(Style(id).StyleParagraphProperties!.KeepNext);
        }

        Assert.Equal(0, Style(StyleIds.Heading1).StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, Style(StyleIds.Heading2).StyleParagraphProperties!.OutlineLevel!.Val!.Value);

        var normal = Style(StyleIds.Normal).StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, normal.Justification!.Val!.Value);
        // Exact line heights (1.5 × 12 pt), as the PDF sets them, so both put the same lines on a page.
        Assert.Equal("360", normal.SpacingBetweenLines!.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, normal.SpacingBetweenLines!.LineRule!.Value);
        Assert.NotNull(normal.WidowControl);
        Assert.Equal(200, Style(StyleIds.Body).StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal(StyleIds.Normal, Style(StyleIds.Body).BasedOn!.Val!.Value);

        var tab = Style(StyleIds.Contents1).StyleParagraphProperties!.Tabs!.Elements<TabStop>().Single();
        Assert.Equal((TabStopValues.Right, TabStopLeaderCharValues.Dot), (tab.Val!.Value, tab.Leader!.Value));

        var fonts = docx.Main.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal("SimSun", fonts["宋体"].AltName!.Val!.Value);
        Assert.Equal("SimHei", fonts["黑体"].AltName!.Val!.Value);
    }

    [Fact]
    public void Options_change_fonts_and_sizes()
    {
        var options = DocxOptions.Default with { BodyFont = "仿宋", HeadingFont = "楷体", BodySize = 14, Heading1Size = 18.5 };
        using var docx = DocxFile.Write(SampleAgreements.Full(), options);
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;
        Assert.Equal("仿宋", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Equal("28", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value);
        var heading = styles.Elements<Style>().Single(s => s.StyleId == StyleIds.Heading1).StyleRunProperties!;
        Assert.Equal(("楷体", "37"), (heading.RunFonts!.EastAsia!.Value, heading.FontSize!.Val!.Value));
        Assert.Throws<ArgumentException>(() => DocxFile.Bytes(SampleAgreements.Full(), DocxOptions.Default with { BodySize = 12.3 }));
        Assert.Throws<ArgumentException>(() => DocxFile.Bytes(SampleAgreements.Full(), DocxOptions.Default with { ContentsDepth = 3 }));
    }

    [Fact]
    public void Page_is_A4_portrait_with_margins()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var section = docx.Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.True(margin.Top!.Value >= 1000 && margin.Left!.Value >= 1000);
    }

    [Fact]
    public void Document_properties_come_from_the_agreement_never_the_clock()
    {
        using var docx = DocxFile.Write(SampleAgreements.Full());
        var core = docx.Package.PackageProperties;
        Assert.Equal("销售人员客户关系管理责任协议", core.Title);
        Assert.Equal("客户关系管理", core.Subject);
        Assert.Equal("协议；客户；责任", core.Keywords);
        Assert.Equal("上海某某科技有限公司", core.Creator);
        Assert.Equal("AgreementKit", core.LastModifiedBy);
        Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), core.Created!.Value.ToUniversalTime());
        Assert.Equal(core.Created, core.Modified);
        Assert.Equal("上海某某科技有限公司", docx.Package.ExtendedFilePropertiesPart!.Properties!.Company!.Text);

        // No revision ids or other per-run noise.
        Assert.DoesNotContain("w:rsid", docx.Main.Document!.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_agreement_gives_the_same_bytes()
    {
        var first = DocxFile.Bytes(SampleAgreements.Full());
        var second = DocxFile.Bytes(SampleAgreements.Full());
        Assert.Equal(first, second);
        // A clock leaking into the package would show in the entry times: every one is the fixed epoch.

        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Special_text_round_trips_exactly()
    {
        var agreement = SampleAgreements.Assemble($"""
            @title {LiteralMarks.Start}{SampleAgreements.Special}{LiteralMarks.End}
            @party company | 甲方 | {LiteralMarks.Start}{SampleAgreements.Special}{LiteralMarks.End}
            ## 章
            ### 条
            {LiteralMarks.Start}  {SampleAgreements.Special}  {LiteralMarks.End}
            @signatures
            """);
        using var docx = DocxFile.Write(agreement);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).ToList();
        Assert.Empty(errors);

        var paragraph = docx.ParagraphsWithStyle(StyleIds.Body).Single();
        Assert.Equal($"  {SampleAgreements.Special}  ", DocxFile.Visible(paragraph));
        Assert.Equal(SpaceProcessingModeValues.Preserve, paragraph.Descendants<Text>().Single().Space!.Value);
        Assert.Equal(SampleAgreements.Special, DocxFile.Visible(docx.ParagraphsWithStyle(StyleIds.Title).Single()));
        Assert.Equal(SampleAgreements.Special, docx.Main.HeaderParts.Select(h => h.Header!.InnerText).Single(t => t.Length > 0));
        Assert.Equal(SampleAgreements.Special, docx.Package.PackageProperties.Title);
        Assert.Equal(SampleAgreements.Special, docx.Package.PackageProperties.Creator);
        Assert.Equal($"甲方：{SampleAgreements.Special}", DocxFile.Visible(docx.Body.Descendants<TableCell>().First()));
    }

    [Fact]
    public void An_XML_illegal_character_fails_clearly_and_writes_nothing()
    {
        var agreement = SampleAgreements.Assemble("@title 协议\n## 章\n### 条\n坏\u0001字\n");
        var output = new MemoryStream();
        var error = Assert.Throws<InvalidOperationException>(() => DocxWriter.Write(agreement, output, DocxOptions.Default));
        Assert.Contains("U+0001", error.Message);
        Assert.Equal(0, output.Length);

        var surrogate = SampleAgreements.Assemble("@title 协议\n## 章\n### 条\n坏\uD800字\n");
        Assert.Contains("U+D800", Assert.Throws<InvalidOperationException>(() => DocxFile.Bytes(surrogate)).Message);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_text_become_tab_and_break_elements()
    {
        var run = AgreementKit.Writers.Docx.Runs.Text("a\tb\r\nc\nd");
        Assert.Equal(["Text", "TabChar", "Text", "Break", "Text", "Break", "Text"], run.ChildElements.Select(e => e.GetType().Name));
        Assert.Equal("abcd", run.InnerText);
    }

    [Fact]
    public void A_small_agreement_without_parties_or_contents_still_validates()
    {
        var agreement = SampleAgreements.Assemble("@title 协议\n前言\n@signatures\n");
        using var docx = DocxFile.Write(agreement);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.Empty(docx.Body.Descendants<Table>());
        Assert.Empty(docx.Body.Descendants<Hyperlink>());
        Assert.Single(docx.Body.Descendants<FieldCode>(), c => c.Text.Contains("TOC", StringComparison.Ordinal));
    }

}
