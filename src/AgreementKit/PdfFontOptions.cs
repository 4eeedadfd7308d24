namespace AgreementKit;

/// <summary>Which fonts PDF output draws with. By default the bundled Noto CJK fonts, so every machine gives the same bytes.</summary>
public sealed record PdfFontOptions
{
    /// <summary>A font file (TTF, OTF or TTC) for body text, instead of the bundled serif.</summary>
    public string? BodyFontFile { get; init; }

    /// <summary>A font file for headings, instead of the bundled sans bold.</summary>
    public string? HeadingFontFile { get; init; }

    /// <summary>Let characters no configured font has fall back to fonts installed on the machine.</summary>
    public bool UseSystemFonts { get; init; }
}
