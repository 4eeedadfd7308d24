namespace AgreementKit.Layout.Model;

/// <summary>
/// The PDF's document information. Dates come from the caller, never the clock, so the same input gives
/// the same bytes. PdfA claims PDF/A-2b (XMP metadata and an sRGB output intent; no tagging).
/// </summary>
internal sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Subject { get; init; }
    public string? Author { get; init; }
    public string? Keywords { get; init; }
    public string? Creator { get; init; }
    public string? Producer { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public bool PdfA { get; init; }

    /// <summary>Files attached to the document; a PDF/A-2 document must have none.</summary>
    public IReadOnlyList<EmbeddedFile> Attachments { get; init; } = [];
}
