using AgreementKit.Model;

namespace AgreementKit.Writers.Docx;

/// <summary>The DOCX format: WordprocessingML as Word, WPS and LibreOffice open it.</summary>
internal sealed class DocxFormat(DocxOptions options) : IAgreementWriter
{
    public string FormatId => "docx";

    public string FileExtension => "docx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken) => DocxWriter.Write(agreement, output, options);
}
