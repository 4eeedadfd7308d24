namespace AgreementKit;

/// <summary>File extensions and names of <see cref="OutputFormat"/> values.</summary>
public static class OutputFormats
{
    /// <summary>The file extension without a dot: docx, pdf, md, txt.</summary>
    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Markdown => "md",
        OutputFormat.Text => "txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Reads a format name as users type it (docx, pdf, md, markdown, txt, text), ignoring case.</summary>
    public static bool TryParse(string name, out OutputFormat format)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "docx": format = OutputFormat.Docx; return true;
            case "pdf": format = OutputFormat.Pdf; return true;
            case "md" or "markdown": format = OutputFormat.Markdown; return true;
            case "txt" or "text": format = OutputFormat.Text; return true;
            default: format = default; return false;
        }
    }
}
