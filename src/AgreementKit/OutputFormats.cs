namespace AgreementKit;

/// <summary>Format ids and file extensions of <see cref="OutputFormat"/> values.</summary>
public static class OutputFormats
{
    /// <summary>The format id of the built-in writer: docx, pdf, md, txt, html.</summary>
    public static string Id(this OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Markdown => "md",
        OutputFormat.Text => "txt",
        OutputFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The file extension without a dot: docx, pdf, md, txt, html.</summary>
    public static string Extension(this OutputFormat format) => format.Id();

    /// <summary>Reads a built-in format name as users type it (docx, pdf, md, markdown, txt, text, html, htm), ignoring case.</summary>
    public static bool TryParse(string name, out OutputFormat format)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "docx": format = OutputFormat.Docx; return true;
            case "pdf": format = OutputFormat.Pdf; return true;
            case "md" or "markdown": format = OutputFormat.Markdown; return true;
            case "txt" or "text": format = OutputFormat.Text; return true;
            case "html" or "htm": format = OutputFormat.Html; return true;
            default: format = default; return false;
        }
    }
}
