using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Text;
using AgreementKit.Model;
using AgreementKit.Model.Records;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Writes an agreement as a WordprocessingML package: cover, filled-in contents, body, signature table,
/// header and footer, styles and properties, in the reading order of the text writer, and the agreement's
/// record as a custom XML part. The package is built and made deterministic in memory; the output stream
/// is written only once it is complete.
/// </summary>
internal static class DocxWriter
{
    public static void Write(Agreement agreement, Stream output, DocxOptions options)
    {
        options.Validate();
        var body = new Body();
        foreach (var element in Elements(agreement, options)) body.Append(element.Element);
        // Section properties last: anything after them corrupts the body.
        body.Append(PageLayout.Section());
        WritePackage(agreement, body, options, RecordJson.Serialize(agreement), output);
    }

    /// <summary>
    /// The body's paragraphs and tables in order, each tagged with what it shows: <c>cover#…</c>,
    /// <c>contents#heading</c>, <c>toc:</c> + node id, <c>n:</c> + node id (+ <c>#h</c> for a heading,
    /// <c>#title</c>/<c>#table</c> for the signature block). A redline pairs the elements of two
    /// agreements by these tags.
    /// </summary>
    public static IReadOnlyList<TaggedElement> Elements(Agreement agreement, DocxOptions options)
    {
        var labels = DocumentLabels.For(agreement);
        // The bundled fonts of the script measure what Word will lay out: the contents' page numbers and
        // the width of item labels.
        using var cache = new GlyphCache();
        var shaper = new TextShaper(FontSet.ForLocale(agreement.Locale), cache);
        var anchors = HeadingAnchors.For(agreement);
        var entries = ContentsEntry.For(agreement, anchors, options.ContentsDepth);

        var content = new DocxBody(anchors, (int)Math.Round(options.BodySize * 20), text => Ems(shaper, text));
        content.BreakPageBeforeNext();
        new BodyWriter(content, labels, options).Visit(agreement);

        var elements = new List<TaggedElement>(CoverWriter.Tagged(agreement, labels));
        var contents = ContentsWriter.Build(entries, ContentsPages.For(agreement, options.ContentsDepth, shaper), labels, options.ContentsDepth).ToList();
        elements.Add(new TaggedElement("contents#heading", contents[0]));
        for (var i = 1; i < contents.Count; i++)
            elements.Add(new TaggedElement(entries.Count == 0 ? "contents#empty" : "toc:" + entries[i - 1].NodeId, contents[i]));
        elements.AddRange(content.Elements);
        return elements;
    }

    /// <summary>Writes the package around <paramref name="body"/> (the agreement's, or a redline's) with the agreement's styles, header, footer and properties.</summary>
    public static void WritePackage(Agreement agreement, Body body, DocxOptions options, string? record, Stream output)
    {
        var labels = DocumentLabels.For(agreement);
        var document = new Document(body);
        RootNamespaces.DeclareBody(document);
        var header = HeaderFooterWriter.Header(agreement);
        RootNamespaces.Declare(header);
        var app = DocumentPropertiesWriter.App(agreement);
        RootNamespaces.Declare(app);

        var package = new DocxPackage { DefaultXmlType = ContentTypes.Main };
        package.Relate("", PartIds.MainDocument, "officeDocument", "word/document.xml");
        package.Relate("", PartIds.CoreProperties, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        package.Relate("", PartIds.AppProperties, "extended-properties", "docProps/app.xml");
        package.Add("word/document.xml", null, document.Save);
        Relate(package, PartIds.Styles, "styles", "word/styles.xml", ContentTypes.Styles, ConstantParts.Styles(options, agreement.Locale));
        Relate(package, PartIds.Settings, "settings", "word/settings.xml", ContentTypes.Settings, ConstantParts.Settings(agreement.Locale));
        Relate(package, PartIds.FontTable, "fontTable", "word/fontTable.xml", ContentTypes.FontTable, ConstantParts.FontTable(options));
        package.Relate("word/document.xml", PartIds.Header, "header", "word/header1.xml");
        package.Add("word/header1.xml", ContentTypes.Header, header.Save);
        Relate(package, PartIds.Footer, "footer", "word/footer1.xml", ContentTypes.Footer, ConstantParts.Footer(labels));
        Relate(package, PartIds.FirstHeader, "header", "word/header2.xml", ContentTypes.Header, ConstantParts.EmptyHeader);
        Relate(package, PartIds.FirstFooter, "footer", "word/footer2.xml", ContentTypes.Footer, ConstantParts.EmptyFooter);
        package.Add("docProps/core.xml", ContentTypes.Core, s => DocumentPropertiesWriter.WriteCore(s, agreement));
        package.Add("docProps/app.xml", ContentTypes.App, app.Save);
        if (record is not null) RecordPart.Add(package, record);
        package.WriteTo(output);
    }

    private static void Relate(DocxPackage package, string id, string type, string name, string contentType, byte[] bytes)
    {
        package.Relate("word/document.xml", id, type, name);
        package.Add(name, contentType, bytes);
    }

    // The width of body text in ems of the body font.
    private static double Ems(TextShaper shaper, string text) =>
        shaper.Shape(text, Typeset.TypesetStyles.Body).Sum(c => c.Advance) / Typeset.TypesetStyles.Body.Size;
}

/// <summary>A body element and the tag that says what it shows (see <see cref="DocxWriter.Elements"/>).</summary>
internal sealed record TaggedElement(string Tag, OpenXmlElement Element);
