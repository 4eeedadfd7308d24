using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The contents, already filled in: a TOC field whose cached result is one paragraph per entry, each a
/// hyperlink to the heading's bookmark with a PAGEREF field for the page number. Word and LibreOffice show
/// it as written; F9 in Word recomputes the same list (the <c>\o</c> switch matches the depth written).
/// </summary>
internal static class ContentsWriter
{
    public static IEnumerable<Paragraph> Build(IReadOnlyList<ContentsEntry> entries, Func<string, int?> pageOf, DocumentLabels labels, int depth)
    {
        // The contents start the second page; the cover is the first.
        yield return new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.ContentsHeading }, PageBreakBefore = new PageBreakBefore() },
            Runs.Text(labels.Contents));

        var instruction = $" TOC \\o \"1-{depth}\" \\h \\z \\u ";
        if (entries.Count == 0)
        {
            yield return new Paragraph(Properties(1), ComplexField.Begin(), ComplexField.Instruction(instruction), ComplexField.Separate(), ComplexField.End());
            yield break;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = new Paragraph(Properties(entry.Level));
            if (i == 0) paragraph.Append(ComplexField.Begin(), ComplexField.Instruction(instruction), ComplexField.Separate());
            var page = (pageOf(entry.Anchor) ?? 1).ToString(CultureInfo.InvariantCulture);
            var link = new Hyperlink { Anchor = entry.Anchor, History = true };
            link.Append(Runs.Text(entry.Text), Runs.Tab());
            link.Append(ComplexField.Whole($" PAGEREF {entry.Anchor} \\h ", page));
            paragraph.Append(link);
            if (i == entries.Count - 1) paragraph.Append(ComplexField.End());
            yield return paragraph;
        }
    }

    private static ParagraphProperties Properties(int level) =>
        new() { ParagraphStyleId = new ParagraphStyleId { Val = level == 1 ? StyleIds.Contents1 : StyleIds.Contents2 } };
}
