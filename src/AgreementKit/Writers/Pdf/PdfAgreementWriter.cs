using AgreementKit.Layout.Fonts;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Model;
using AgreementKit.Model;
using AgreementKit.Model.Records;
using AgreementKit.Writers.Typeset;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// Writes an agreement as PDF with the bundled fonts of its script (or the fonts given). When a
/// character has no glyph the result carries AK4001 diagnostics and nothing is written. Each party's seal
/// and signing lines carry unsigned signature fields named by its key unless they are turned off.
/// </summary>
internal static class PdfAgreementWriter
{
    /// <param name="agreement">The agreement.</param>
    /// <param name="output">Receives the PDF.</param>
    /// <param name="fonts">The fonts; the bundled ones of the agreement's script when null.</param>
    /// <param name="pdfA">Write PDF/A-2b.</param>
    /// <param name="signatureFields">Put unsigned signature fields on the seal and signing lines.</param>
    public static RenderResult Write(Agreement agreement, Stream output, FontSet? fonts = null, bool pdfA = false, bool signatureFields = true)
    {
        var document = AgreementLayoutBuilder.Build(agreement, signatureFields: signatureFields);
        if (pdfA)
            document = document with { Metadata = document.Metadata with { PdfA = true } };
        // PDF/A-2 allows only PDF/A attachments, so an archival PDF carries no record (use its DOCX).
        else if (RecordJson.Serialize(agreement) is { } record)
            document = document with { Metadata = document.Metadata with { Attachments = [Record(record)] } };
        return PdfRenderer.Render(document, fonts ?? FontSet.ForLocale(agreement.Locale), output);
    }

    private static EmbeddedFile Record(string json) =>
        new(RecordJson.FileName, "application/json", System.Text.Encoding.UTF8.GetBytes(json), "AgreementKit record: pack, parameters and text of this agreement");
}
