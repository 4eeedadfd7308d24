using AgreementKit.Diagnostics;
using AgreementKit.Layout.Fonts;
using AgreementKit.Model;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// The PDF format: chooses the fonts once (bundled per script, the user's files, optionally the
/// machine's as fallbacks), refuses an agreement with characters no font can draw — naming the characters,
/// the fields and clauses they are in, and the option that fixes it — then writes the PDF.
/// </summary>
internal sealed class PdfOutput : IAgreementWriter
{
    private readonly PdfFontChoice _options;
    private readonly bool _pdfA;
    private readonly bool _signatureFields;
    private readonly Lazy<(FontSet? Fonts, IReadOnlyList<Diagnostic> Problems)> _userFonts;
    private readonly Lazy<IReadOnlyList<FontFace>> _systemFonts;

    public PdfOutput(PdfFontChoice options, bool pdfA, bool signatureFields = true)
    {
        _options = options;
        _pdfA = pdfA;
        _signatureFields = signatureFields;
        _userFonts = new(LoadUserFonts);
        _systemFonts = new(SystemFonts.Load);
    }

    public string FormatId => "pdf";

    public string FileExtension => "pdf";

    public string MediaType => "application/pdf";

    public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken)
    {
        var fonts = FontsFor(agreement.Locale);
        var missing = fonts.FindMissingCharacters(AgreementText.Of(agreement));
        if (missing.Count > 0) throw new AgreementKitException([MissingGlyphReport.Describe(agreement, missing)]);
        cancellationToken.ThrowIfCancellationRequested();
        var result = PdfAgreementWriter.Write(agreement, output, fonts, _pdfA, _signatureFields);
        if (result.Diagnostics.Any(d => d.IsError)) throw new AgreementKitException(result.Diagnostics);
    }

    private FontSet FontsFor(string locale)
    {
        var fonts = _options.BodyFontFile is null && _options.HeadingFontFile is null ? FontSet.ForLocale(locale) : UserFonts();
        return _options.UseSystemFonts ? fonts.WithFallbacks([.. _systemFonts.Value]) : fonts;
    }

    private FontSet UserFonts()
    {
        var (fonts, problems) = _userFonts.Value;
        return fonts ?? throw new AgreementKitException(problems);
    }

    private (FontSet?, IReadOnlyList<Diagnostic>) LoadUserFonts()
    {
        var problems = new List<Diagnostic>();
        var body = new FontFile((_options.BodyFontFile ?? _options.HeadingFontFile)!);
        var heading = new FontFile((_options.HeadingFontFile ?? _options.BodyFontFile)!);
        return (FontSet.FromFiles(body, heading, problems), problems);
    }
}
