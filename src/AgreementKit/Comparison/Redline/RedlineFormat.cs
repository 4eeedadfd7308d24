using AgreementKit.Writers.Docx;

namespace AgreementKit.Comparison.Redline;

/// <summary>The <c>docx</c> comparison format: a redline with tracked changes.</summary>
internal sealed class RedlineFormat(DocxOptions options) : IComparisonWriter
{
    public string FormatId => "docx";

    public string FileExtension => "docx";

    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public void Write(AgreementComparison comparison, Stream output, CancellationToken cancellationToken) => RedlineWriter.Write(comparison, output, options);
}
