using System.Text.RegularExpressions;
using AgreementKit.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Header (the agreement title) and footer (第 X 页 共 Y 页 from <see cref="DocumentLabels.PageFormat"/>,
/// with PAGE and NUMPAGES fields in place of {0} and {1}), plus the empty pair the cover page uses.
/// </summary>
internal static partial class HeaderFooterWriter
{
    public static Header Header(Agreement agreement) => new(Paragraph(StyleIds.Header, Runs.Text(agreement.Title)));

    public static Footer Footer(DocumentLabels labels)
    {
        var content = new List<OpenXmlElement>();
        var format = labels.PageFormat;
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(format))
        {
            if (placeholder.Index > at) content.Add(Runs.Text(format[at..placeholder.Index]));
            // Cached "1": both fields are recomputed on every page by any reader that paginates.
            content.AddRange(ComplexField.Whole(placeholder.Value == "{0}" ? " PAGE " : " NUMPAGES ", "1"));
            at = placeholder.Index + placeholder.Length;
        }

        if (at < format.Length) content.Add(Runs.Text(format[at..]));
        return new Footer(Paragraph(StyleIds.Footer, [.. content]));
    }

    public static Header EmptyHeader() => new(Paragraph(StyleIds.Header, border: false));

    public static Footer EmptyFooter() => new(Paragraph(StyleIds.Footer));

    private static Paragraph Paragraph(string style, params OpenXmlElement[] content) => Paragraph(style, border: true, content);

    private static Paragraph Paragraph(string style, bool border, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        // The header style draws a rule under the title; the cover's empty header must not.
        if (!border) properties.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" });
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    [GeneratedRegex(@"\{[01]\}")]
    private static partial Regex Placeholder();
}
