using AgreementKit.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Writes an agreement as a WordprocessingML package: cover, filled-in contents, body, signature table,
/// header and footer, styles and properties, in the reading order of the text writer. The package is
/// built and made deterministic in memory; the output stream is written only once it is complete.
/// </summary>
internal static class DocxWriter
{
    public static void Write(Agreement agreement, Stream output, DocxOptions options)
    {
        options.Validate();
        using var package = Build(agreement, options);
        using var final = DeterministicZip.Rewrite(package);
        final.CopyTo(output);
    }

    private static MemoryStream Build(Agreement agreement, DocxOptions options)
    {
        var labels = DocumentLabels.For(agreement.Locale);
        var styles = StylesWriter.Build(options, agreement.Locale);
        var document = new Document(Body(agreement, options, labels, styles));

        var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", PartIds.MainDocument);
            main.Document = document;
            main.AddNewPart<StyleDefinitionsPart>(PartIds.Styles).Styles = styles;
            main.AddNewPart<DocumentSettingsPart>(PartIds.Settings).Settings = SettingsWriter.Build(agreement.Locale);
            main.AddNewPart<FontTablePart>(PartIds.FontTable).Fonts = FontTableWriter.Build(options);
            main.AddNewPart<HeaderPart>(PartIds.Header).Header = HeaderFooterWriter.Header(agreement);
            main.AddNewPart<FooterPart>(PartIds.Footer).Footer = HeaderFooterWriter.Footer(labels);
            main.AddNewPart<HeaderPart>(PartIds.FirstHeader).Header = HeaderFooterWriter.EmptyHeader();
            main.AddNewPart<FooterPart>(PartIds.FirstFooter).Footer = HeaderFooterWriter.EmptyFooter();
            DocumentPropertiesWriter.WriteCore(package.AddNewPart<CoreFilePropertiesPart>(PartIds.CoreProperties), agreement);
            package.AddNewPart<ExtendedFilePropertiesPart>(PartIds.AppProperties).Properties = DocumentPropertiesWriter.App(agreement);
        }

        stream.Position = 0;
        return stream;
    }

    private static Body Body(Agreement agreement, DocxOptions options, DocumentLabels labels, Styles styles)
    {
        var metrics = StyleMetrics.From(styles);
        var anchors = HeadingAnchors.For(agreement);
        var entries = ContentsEntry.For(agreement, anchors, options.ContentsDepth);

        // The contents' length decides where the body starts; page numbers do not change its length, so
        // a first pass with no numbers measures it.
        var contentsPages = new PageEstimate(metrics, firstPage: 2);
        foreach (var paragraph in ContentsWriter.Build(entries, _ => null, labels, options.ContentsDepth)) contentsPages.Observe(paragraph);

        var content = new DocxBody(anchors, new PageEstimate(metrics, contentsPages.Page + 1), (int)Math.Round(options.BodySize * 20));
        content.BreakPageBeforeNext();
        new BodyWriter(content, labels).Visit(agreement);

        var body = new Body();
        body.Append(CoverWriter.Build(agreement, labels));
        body.Append(ContentsWriter.Build(entries, content.Pages.PageOf, labels, options.ContentsDepth));
        body.Append(content.Elements);
        // Section properties last: anything after them corrupts the body.
        body.Append(PageLayout.Section());
        return body;
    }
}
