namespace AgreementKit.Cli.Commands;

/// <summary>Turns --font and --system-fonts into the engine's font options.</summary>
internal static class FontChoice
{
    public static PdfFontOptions From(IReadOnlyList<FileInfo> files, bool systemFonts)
    {
        foreach (var f in files)
            if (!f.Exists) throw new UsageException($"--font: the file '{f.FullName}' does not exist");
        return new PdfFontOptions
        {
            BodyFontFile = files.Count > 0 ? files[0].FullName : null,
            HeadingFontFile = files.Count > 1 ? files[1].FullName : files.Count > 0 ? files[0].FullName : null,
            UseSystemFonts = systemFonts,
        };
    }
}
