namespace AgreementKit.Writers.Docx;

/// <summary>The content types of the package's parts, as [Content_Types].xml lists them.</summary>
internal static class ContentTypes
{
    private const string Word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string Main = Word + "document.main+xml";
    public const string Styles = Word + "styles+xml";
    public const string Settings = Word + "settings+xml";
    public const string FontTable = Word + "fontTable+xml";
    public const string Header = Word + "header+xml";
    public const string Footer = Word + "footer+xml";
    public const string Core = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string App = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    public const string CustomXml = "application/xml";
    public const string CustomXmlProperties = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
}
