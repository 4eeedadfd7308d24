namespace AgreementKit.Writers.Docx;

/// <summary>
/// Relationship ids of the main document's parts. The SDK would otherwise make up random ids
/// (<c>R3f9c…</c>), and the same agreement must give the same bytes.
/// </summary>
internal sealed record DocumentParts
{
    public string StylesId { get; } = "rId1";
    public string SettingsId { get; } = "rId2";
    public string FontTableId { get; } = "rId3";
    public string HeaderId { get; } = "rId4";
    public string FooterId { get; } = "rId5";
    public string FirstHeaderId { get; } = "rId6";
    public string FirstFooterId { get; } = "rId7";

    public static DocumentParts Fixed { get; } = new();
}
