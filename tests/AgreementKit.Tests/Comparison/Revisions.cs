using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Tests.Comparison;

/// <summary>
/// Applies every tracked change of a DOCX through the Open XML SDK — Accept All or Reject All as Word does
/// it: the kept side's runs are unwrapped, the other side's runs removed, paragraphs whose mark is removed
/// disappear (they must be empty by then), table rows marked on the removed side go — and reads the body
/// back one paragraph per line, cover, contents, body and table cells alike.
/// </summary>
internal static class Revisions
{
    public static List<string> Accept(byte[] docx) => Apply(docx, accept: true);

    public static List<string> Reject(byte[] docx) => Apply(docx, accept: false);

    /// <summary>The body's paragraphs as written (no revisions expected).</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Texts(package.MainDocumentPart!.Document.Body!);
    }

    public static (int Insertions, int Deletions, int Moves) Count(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = package.MainDocumentPart!.Document.Body!;
        return (body.Descendants<InsertedRun>().Count(), body.Descendants<DeletedRun>().Count(), body.Descendants<MoveToRun>().Count());
    }

    public static List<string> ValidationErrors(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    private static List<string> Apply(byte[] docx, bool accept)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = (Body)package.MainDocumentPart!.Document.Body!.CloneNode(true);
        var removedRuns = accept ? body.Descendants().Where(e => e is DeletedRun or MoveFromRun) : body.Descendants().Where(e => e is InsertedRun or MoveToRun);
        foreach (var e in removedRuns.ToList()) e.Remove();
        var keptRuns = accept ? body.Descendants().Where(e => e is InsertedRun or MoveToRun) : body.Descendants().Where(e => e is DeletedRun or MoveFromRun);
        foreach (var e in keptRuns.ToList())
        {
            foreach (var child in e.ChildElements.ToList())
            {
                child.Remove();
                e.InsertBeforeSelf(child);
            }

            e.Remove();
        }

        foreach (var text in body.Descendants<DeletedText>().ToList()) text.InsertBeforeSelf(new Text(text.Text)).Parent!.RemoveChild(text);
        foreach (var row in body.Descendants<TableRow>().ToList())
        {
            var properties = row.TableRowProperties;
            if (properties is not null && (accept ? properties.Elements<Deleted>().Any() : properties.Elements<Inserted>().Any())) row.Remove();
        }

        foreach (var table in body.Elements<Table>().ToList())
            if (!table.Elements<TableRow>().Any()) table.Remove();

        foreach (var paragraph in body.Descendants<Paragraph>().ToList())
        {
            var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
            var removed = mark is not null && (accept ? mark.Elements<Deleted>().Any() || mark.Elements<MoveFrom>().Any() : mark.Elements<Inserted>().Any() || mark.Elements<MoveTo>().Any());
            if (!removed) continue;
            var rest = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));
            Assert.True(rest.Length == 0, $"a paragraph whose mark is {(accept ? "deleted" : "inserted")} still holds '{rest}' after {(accept ? "accepting" : "rejecting")}");
            paragraph.Remove();
        }

        return Texts(body);
    }

    private static List<string> Texts(OpenXmlElement body) =>
        body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
}
