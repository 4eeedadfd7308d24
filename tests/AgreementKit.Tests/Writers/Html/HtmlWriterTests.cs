using System.Text;
using AgreementKit.Tests.Writers.Docx;
using AgreementKit.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Tests.Writers.Html;

/// <summary>
/// The HTML page says what the plain text says, line for line; it is self-contained (no script, nothing
/// fetched); its contents links land on headings whose anchors are the DOCX bookmarks; its language is the
/// edition's; values stay text.
/// </summary>
public sealed class HtmlWriterTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string, string> Cases => ExampleCases.Theory();

    private static IDocument Html(AgreementKit.Model.Agreement agreement) =>
        Parser.ParseDocument(Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, "html")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_text_of_the_page_is_the_plain_text_line_for_line(string pack, string locale, string lead)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        var document = Html(agreement);
        // Every element that holds a line of text, in document order; a blank signature row holds none.
        var lines = document.Body!.QuerySelectorAll("h1, h2, h3, p, li").Where(e => !e.ClassList.Contains("blank")).Select(e => e.TextContent).ToList();
        // The head adds no words of the agreement: its title is the contract number.
        Assert.Equal(agreement.Metadata.ContractNumber, document.Title);
        var expected = Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Text))
            .Split('\n').Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, lines);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_page_is_self_contained_and_says_its_language(string pack, string locale, string lead)
    {
        var document = Html(ExampleCases.Assemble(pack, locale, lead));
        Assert.Equal(locale, document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, img, object, embed"));
        Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name is "src" or "href" && !a.Value.StartsWith('#')));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
    }

    [Fact]
    public void Contents_links_land_on_the_headings_and_anchors_are_the_docx_bookmarks()
    {
        var agreement = SampleAgreements.Full();
        var document = Html(agreement);
        var links = document.QuerySelectorAll("nav.contents a").ToList();
        Assert.Equal(agreement.Sections.Count(AgreementKit.Writers.DocumentLabels.InContents), links.Count);
        foreach (var link in links)
        {
            var target = document.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal(link.TextContent, target!.QuerySelector("h2")!.TextContent);
        }

        using var docx = DocxFile.Write(agreement);
        var bookmarks = docx.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var ids = document.QuerySelectorAll("section[id]").Select(e => e.Id!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids.Where(id => id != "_Toc_sign"), id => Assert.Contains(id, bookmarks));
    }

    [Fact]
    public void Every_part_carries_its_identity_for_the_form_to_find()
    {
        var agreement = ExampleCases.Assemble("sales-crm-responsibility", "zh-Hans", "-");
        var document = Html(agreement);
        var ids = document.QuerySelectorAll("[data-id]").Select(e => e.GetAttribute("data-id")!).ToList();
        var clause = agreement.Chapters.First().Clauses.First();
        Assert.Contains(clause.Id, ids);
        Assert.Contains(clause.Content[0].Id, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Values_stay_text_and_never_become_markup()
    {
        var agreement = SampleAgreements.Full();
        var html = Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, "html"));
        var document = Parser.ParseDocument(html);
        Assert.Contains(document.Body!.QuerySelectorAll("p, li"), e => e.TextContent.Contains(SampleAgreements.Special, StringComparison.Ordinal));
        Assert.Empty(document.QuerySelectorAll("公司"));
        Assert.DoesNotContain("<公司>", html, StringComparison.Ordinal);
    }
}
