using AgreementKit.Tests.Support;
using AgreementKit.Writers.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace AgreementKit.Tests.Writers.Docx;

// The sibling test namespace Writers.Text would otherwise hide Open XML's w:t element type.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// The DOCX contents show the pages the PDF puts each heading on: both come from one layout engine and one
/// house style, so a reader comparing the two finds the same numbers.
/// </summary>
public sealed class ContentsPagesTests
{
    public static TheoryData<string, string, string> Cases => ExampleCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_contents_pages_equal_the_pages_of_the_pdf_bookmarks(string pack, string locale, string lead)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        using var docx = DocxFile.Write(agreement);
        var docxPages = docx.ParagraphsWithStyle(StyleIds.Contents1)
            .Select(e => e.Elements<Hyperlink>().Single())
            .Select(link => (Text: DocxFile.Visible(link).TrimEnd('\t'), Page: int.Parse(link.Elements<Run>().Select(r => r.GetFirstChild<Text>()?.Text).Last(t => t is not null)!)))
            .ToList();

        using var pdf = PdfDocument.Open(ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Pdf));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var pdfPages = bookmarks.Roots.Cast<DocumentBookmarkNode>().Select(b => (Text: b.Title, Page: b.PageNumber)).ToList();

        Assert.NotEmpty(docxPages);
        Assert.Equal(pdfPages, docxPages);
    }
}
