namespace AgreementKit.Writers.Docx;

/// <summary>
/// Relationship ids of every part. The SDK and System.IO.Packaging would otherwise make up random ids
/// (<c>R3f9c…</c>), and the same agreement must give the same bytes.
/// </summary>
internal static class PartIds
{
    // Package relationships.
    public const string MainDocument = "rId1";
    public const string CoreProperties = "rId2";
    public const string AppProperties = "rId3";

    // Relationships of the main document.
    public const string Styles = "rId1";
    public const string Settings = "rId2";
    public const string FontTable = "rId3";
    public const string Header = "rId4";
    public const string Footer = "rId5";
    public const string FirstHeader = "rId6";
    public const string FirstFooter = "rId7";
    public const string Record = "rId8";

    // Relationship of the record's custom XML part to its properties.
    public const string RecordProperties = "rId1";
}
