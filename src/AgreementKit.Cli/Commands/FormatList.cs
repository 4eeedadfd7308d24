namespace AgreementKit.Cli.Commands;

/// <summary>Parses <c>--format docx,pdf</c>.</summary>
internal static class FormatList
{
    public static IReadOnlyList<OutputFormat> Parse(string text)
    {
        var formats = new List<OutputFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!OutputFormats.TryParse(name, out var format))
                throw new UsageException($"--format: unknown format '{name}' (docx, pdf, md, txt)");
            if (!formats.Contains(format)) formats.Add(format);
        }

        if (formats.Count == 0) throw new UsageException("--format: name at least one format (docx, pdf, md, txt)");
        return formats;
    }
}
