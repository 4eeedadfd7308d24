using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace AgreementKit.Web.Tests.Support;

/// <summary>
/// What a reader sees of a DOCX, a PDF and the HTML preview, as one string without white space, so the three
/// can be compared: line breaks and layout differ by format, the words and their order must not. Page numbers
/// (the DOCX contents' cached PAGEREF results, the PDF's headers, footers and contents leaders) are not text
/// of the agreement and are left out.
/// </summary>
internal static partial class DocumentText
{
    public static string Docx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        var text = new StringBuilder();
        foreach (var element in package.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            if (element is Paragraph paragraph) text.Append(Visible(paragraph));
            // The signature table is read party by party (column by column), as the text writer prints it.
            if (element is Table table)
            {
                var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
                for (var c = 0; c < rows[0].Count; c++)
                    foreach (var row in rows.Where(r => c < r.Count)) text.Append(Visible(row[c]));
            }
        }

        return Squeeze(text.ToString());
    }

    /// <summary>
    /// The PDF's letters page after page, leaving out what lies within 66 pt of the top or bottom edge (the
    /// running header and the page number), and the contents' dot leaders with their page numbers.
    /// </summary>
    public static string Pdf(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            var top = page.Height - 66;
            foreach (var letter in page.Letters)
                if (letter.StartBaseLine.Y < top && letter.StartBaseLine.Y > 66) text.Append(letter.Value);
        }

        return Leaders().Replace(Squeeze(text.ToString()), "");
    }

    public static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    private static string Visible(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        var fields = new Stack<(string Instruction, bool InResult)>();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case FieldChar { FieldCharType.Value: var type }:
                    if (type == FieldCharValues.Begin) fields.Push((string.Empty, false));
                    else if (type == FieldCharValues.Separate && fields.Count > 0) fields.Push((fields.Pop().Instruction, true));
                    else if (type == FieldCharValues.End && fields.Count > 0) fields.Pop();
                    break;
                case FieldCode code when fields.Count > 0:
                    var top = fields.Pop();
                    fields.Push((top.Instruction + code.Text, top.InResult));
                    break;
                case Text t when !fields.Any(f => f.InResult && f.Instruction.TrimStart().StartsWith("PAGEREF", StringComparison.Ordinal)):
                    text.Append(t.Text);
                    break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\.{3,}\d+")]
    private static partial Regex Leaders();
}
