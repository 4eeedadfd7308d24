using AgreementKit.Layout.Fonts;
using AgreementKit.Backends.Pdf;
using AgreementKit.Model;
using AgreementKit.Writers.Typeset;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// Writes an agreement as PDF with the bundled fonts of its script (or the fonts given). When a
/// character has no glyph the result carries AK4001 diagnostics and nothing is written.
/// </summary>
internal static class PdfAgreementWriter
{
    public static RenderResult Write(Agreement agreement, Stream output, FontSet? fonts = null, bool pdfA = false)
    {
        var document = AgreementLayoutBuilder.Build(agreement);
        if (pdfA)
            document = document with { Metadata = document.Metadata with { PdfA = true } };
        return PdfRenderer.Render(document, fonts ?? FontSet.ForLocale(agreement.Locale), output);
    }
}
