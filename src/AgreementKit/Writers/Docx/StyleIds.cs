namespace AgreementKit.Writers.Docx;

/// <summary>The style ids the document uses; styles.xml defines each of them.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Body = "AgreementBody";
    public const string Item = "AgreementItem";
    public const string Cover = "AgreementCover";
    public const string ContentsHeading = "TOCHeading";
    public const string Contents1 = "TOC1";
    public const string Contents2 = "TOC2";
    public const string SignatureTitle = "AgreementSignatureTitle";
    public const string SignatureCell = "AgreementSignatureCell";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string NormalTable = "TableNormal";
}
