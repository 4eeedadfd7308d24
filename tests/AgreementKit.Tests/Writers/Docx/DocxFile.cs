using AgreementKit.Model;
using AgreementKit.Writers.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Tests.Writers.Docx;

// The sibling test namespace Writers.Text would otherwise hide Open XML's w:t element type.
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>Writes an agreement and reads the result back for assertions.</summary>
internal sealed class DocxFile : IDisposable
{
    private readonly MemoryStream _stream;

    private DocxFile(byte[] bytes)
    {
        Content = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, false);
    }

    public byte[] Content { get; }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public Body Body => Main.Document!.Body!;

    public static byte[] Bytes(Agreement agreement, DocxOptions? options = null)
    {
        var output = new MemoryStream();
        DocxWriter.Write(agreement, output, options ?? DocxOptions.Default);
        return output.ToArray();
    }

    public static DocxFile Write(Agreement agreement, DocxOptions? options = null) => new(Bytes(agreement, options));

    public IEnumerable<Paragraph> ParagraphsWithStyle(string styleId) =>
        Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    /// <summary>
    /// What a reader sees of a paragraph: its text, tabs as tabs, without the cached results of PAGEREF
    /// fields (page numbers) and without field instructions.
    /// </summary>
    public static string Visible(OpenXmlElement paragraph)
    {
        var text = new System.Text.StringBuilder();
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
                case TabChar when element.Parent is Run:
                    text.Append('\t');
                    break;
            }
        }

        return text.ToString();
    }

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
