using AgreementKit.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The cover page: title, contract number, parties, signing place and date, the lines the text writer
/// prints first. The contents heading after it starts the next page.
/// </summary>
internal static class CoverWriter
{
    public static IEnumerable<Paragraph> Build(Agreement agreement, DocumentLabels labels) => Tagged(agreement, labels).Select(t => (Paragraph)t.Element);

    /// <summary>The cover's paragraphs, each tagged with the fact it shows (<c>cover#number</c>, <c>cover#party:company</c> …).</summary>
    public static IEnumerable<TaggedElement> Tagged(Agreement agreement, DocumentLabels labels)
    {
        yield return new("cover#title", Paragraph(StyleIds.Title, agreement.Title));
        var meta = agreement.Metadata;
        if (meta.ContractNumber is not null) yield return new("cover#number", Paragraph(StyleIds.Cover, $"{labels.ContractNumber}：{meta.ContractNumber}"));
        foreach (var party in agreement.Parties) yield return new("cover#party:" + party.Key, Paragraph(StyleIds.Cover, DocumentLabels.PartyLine(party)));
        if (meta.SignPlace is not null) yield return new("cover#place", Paragraph(StyleIds.Cover, $"{labels.SignPlace}：{meta.SignPlace}"));
        if (meta.SignDate is { } date) yield return new("cover#date", Paragraph(StyleIds.Cover, $"{labels.SignDate}：{labels.FormatDate(date)}"));
    }

    private static Paragraph Paragraph(string style, string text) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } }, Runs.Text(text));
}
