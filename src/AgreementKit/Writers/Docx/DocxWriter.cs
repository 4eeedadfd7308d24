using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Text;
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
        var labels = DocumentLabels.For(agreement);
        var styles = StylesWriter.Build(options, agreement.Locale);
        // The bundled fonts of the script measure what Word will lay out: the contents' page numbers and
        // the width of item labels.
        using var cache = new GlyphCache();
        var shaper = new TextShaper(FontSet.ForLocale(agreement.Locale), cache);
        var document = new Document(Body(agreement, options, labels, shaper));

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

    private static Body Body(Agreement agreement, DocxOptions options, DocumentLabels labels, TextShaper shaper)
    {
        var anchors = HeadingAnchors.For(agreement);
        var entries = ContentsEntry.For(agreement, anchors, options.ContentsDepth);

        var content = new DocxBody(anchors, (int)Math.Round(options.BodySize * 20), text => Ems(shaper, text));
        content.BreakPageBeforeNext();
        new BodyWriter(content, labels, options).Visit(agreement);

        var body = new Body();
        body.Append(CoverWriter.Build(agreement, labels));
        body.Append(ContentsWriter.Build(entries, ContentsPages.For(agreement, options.ContentsDepth, shaper), labels, options.ContentsDepth));
        body.Append(content.Elements);
        // Section properties last: anything after them corrupts the body.
        body.Append(PageLayout.Section());
        return body;
    }

    // The width of body text in ems of the body font.
    private static double Ems(TextShaper shaper, string text) =>
        shaper.Shape(text, Typeset.TypesetStyles.Body).Sum(c => c.Advance) / Typeset.TypesetStyles.Body.Size;
}
