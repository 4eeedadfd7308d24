using System.Text;
using AgreementKit.Backends.Pdf;
using AgreementKit.Model.Records;
using AgreementKit.Writers.Docx;

namespace AgreementKit.Writers;

/// <summary>Finds the record a DOCX or PDF carries (see <see cref="AgreementRecord"/>).</summary>
internal static class DocumentRecords
{
    /// <summary>The record's JSON, or null when the document has none; <paramref name="kind"/> is docx, pdf, or null for neither.</summary>
    public static string? Extract(byte[] document, out string? kind)
    {
        if (document.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            kind = "docx";
            using var stream = new MemoryStream(document, writable: false);
            return RecordPart.Read(stream);
        }

        if (document.AsSpan().StartsWith("%PDF-"u8))
        {
            kind = "pdf";
            var marker = Encoding.UTF8.GetBytes($"{{\"format\":\"{RecordJson.Format}\"");
            return PdfEmbeddedFiles.All(document).Where(f => f.AsSpan().StartsWith(marker)).Select(f => Encoding.UTF8.GetString(f)).LastOrDefault();
        }

        kind = null;
        return null;
    }
}
