using AgreementKit.Layout.Fonts;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Model;
using AgreementKit.Model;
using AgreementKit.Model.Records;
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
        // PDF/A-2 allows only PDF/A attachments, so an archival PDF carries no record (use its DOCX).
        else if (RecordJson.Serialize(agreement) is { } record)
            document = document with { Metadata = document.Metadata with { Attachments = [Record(record)] } };
        return PdfRenderer.Render(document, fonts ?? FontSet.ForLocale(agreement.Locale), output);
    }

    private static EmbeddedFile Record(string json) =>
        new(RecordJson.FileName, "application/json", System.Text.Encoding.UTF8.GetBytes(json), "AgreementKit record: pack, parameters and text of this agreement");
}
