using System.Globalization;
using System.Xml;
using AgreementKit.Model;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// docProps/core.xml and docProps/app.xml. The core part is written here rather than through
/// <c>PackageProperties</c>, because System.IO.Packaging stores that under a random
/// <c>/package/services/metadata/core-properties/&lt;guid&gt;.psmdcp</c> name. The SDK has no typed
/// classes for it, so an XmlWriter (which escapes every value) writes it. Dates come from the agreement's
/// signing date, never the clock.
/// </summary>
internal static class DocumentPropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>What lastModifiedBy and Application say: the generator, not a person or a machine.</summary>
    public const string Generator = "AgreementKit";

    /// <summary>The created and modified date when the agreement states no signing date.</summary>
    public static readonly DateTime Epoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static DateTime Created(Agreement agreement) =>
        agreement.Metadata.SignDate is { } date ? date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : Epoch;

    public static string? Company(Agreement agreement) => agreement.Parties.Count > 0 ? agreement.Parties[0].Name : null;

    public static void WriteCore(Stream stream, Agreement agreement)
    {
        var meta = agreement.Metadata;
        var when = Created(agreement).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Element(xml, "dc", "title", Dc, agreement.Title);
        Element(xml, "dc", "subject", Dc, meta.Subject);
        Element(xml, "dc", "creator", Dc, Company(agreement));
        Element(xml, "cp", "keywords", Cp, meta.Keywords);
        Element(xml, "cp", "lastModifiedBy", Cp, Generator);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(when);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    public static Ap.Properties App(Agreement agreement)
    {
        var properties = new Ap.Properties(new Ap.Application(Generator), new Ap.DocumentSecurity("0"));
        if (Company(agreement) is { } company) properties.Append(new Ap.Company(XmlSafeText.Check(company, "the first party's name")));
        return properties;
    }

    private static void Element(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (value is null) return;
        xml.WriteElementString(prefix, name, ns, XmlSafeText.Check(value, $"document property {name}"));
    }
}
