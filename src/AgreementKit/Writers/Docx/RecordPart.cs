using System.Xml;
using AgreementKit.Model.Records;
using DocumentFormat.OpenXml.CustomXmlDataProperties;
using DocumentFormat.OpenXml.Packaging;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The agreement's record as a custom XML part (<c>customXml/item1.xml</c>): one element in AgreementKit's
/// namespace holding the record's JSON. Word keeps custom XML parts when a document is edited and saved,
/// so last year's agreement still says what it was made from. The data-store item id is fixed, like every
/// other id in the package, so the same agreement gives the same bytes.
/// </summary>
internal static class RecordPart
{
    private const string ItemId = "{3B7C1E52-6A0D-4F2B-9C84-0E5A7D21B6F9}";

    // The data-store item never changes: written once.
    private static readonly Lazy<byte[]> Properties = new(() =>
        ConstantParts.Bytes(new DataStoreItem(new SchemaReferences(new SchemaReference { Uri = RecordJson.XmlNamespace })) { ItemId = ItemId }));

    public static void Add(DocxPackage package, string json)
    {
        XmlSafeText.Check(json, "the agreement's record");
        package.Relate("word/document.xml", PartIds.Record, "customXml", "customXml/item.xml");
        package.Add("customXml/item.xml", ContentTypes.CustomXml, stream =>
        {
            using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("record", RecordJson.XmlNamespace);
            xml.WriteString(json);
            xml.WriteEndElement();
        });
        package.Relate("customXml/item.xml", PartIds.RecordProperties, "customXmlProps", "customXml/itemProps1.xml");
        package.Add("customXml/itemProps1.xml", ContentTypes.CustomXmlProperties, Properties.Value);
    }

    /// <summary>The record's JSON in a DOCX package, or null when it has none. Looks at every custom XML part, as Word may renumber them.</summary>
    public static string? Read(Stream docx)
    {
        using var package = WordprocessingDocument.Open(docx, isEditable: false);
        var parts = package.MainDocumentPart?.CustomXmlParts ?? [];
        foreach (var part in parts)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (xml.MoveToContent() == XmlNodeType.Element && xml.LocalName == "record" && xml.NamespaceURI == RecordJson.XmlNamespace)
                return xml.ReadElementContentAsString();
        }

        return null;
    }
}
