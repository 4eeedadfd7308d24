namespace AgreementKit;

/// <summary>The document formats an <see cref="Model.Agreement"/> can be written as.</summary>
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
}
