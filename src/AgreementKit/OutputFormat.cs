namespace AgreementKit;

/// <summary>
/// The built-in document formats. Formats are writers (<see cref="Writers.IAgreementWriter"/>) named by a
/// string id; this enum names the built-in ones for callers that prefer it.
/// </summary>
public enum OutputFormat
{
    /// <summary>Word (Office Open XML), opened by Word, WPS and LibreOffice.</summary>
    Docx,

    /// <summary>PDF typeset by AgreementKit's own layout engine with embedded fonts.</summary>
    Pdf,

    /// <summary>CommonMark, for review.</summary>
    Markdown,

    /// <summary>Plain text, one paragraph a line, for review and golden files.</summary>
    Text,

    /// <summary>One self-contained HTML page (the web form's preview); prints on A4.</summary>
    Html,
}
