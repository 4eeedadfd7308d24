namespace AgreementKit.Writers.Pdf;

/// <summary>
/// The fonts a PDF is drawn with, as the engine's options chose them: font files for body and headings
/// (null: the bundled Noto CJK of the agreement's script) and whether installed fonts may fill gaps.
/// </summary>
internal sealed record PdfFontChoice(string? BodyFontFile, string? HeadingFontFile, bool UseSystemFonts)
{
    public static PdfFontChoice Bundled { get; } = new(null, null, false);
}
