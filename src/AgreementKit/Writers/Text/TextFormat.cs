using AgreementKit.Model;

namespace AgreementKit.Writers.Text;

/// <summary>Plain text, one paragraph a line (UTF-8 without BOM, LF line ends): what golden files and reviewers diff.</summary>
internal sealed class TextFormat : IAgreementWriter
{
    public string FormatId => "txt";

    public IReadOnlyList<string> Aliases => ["text"];

    public string FileExtension => "txt";

    public string MediaType => "text/plain; charset=utf-8";

    public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken) =>
        Utf8Output.Write(output, writer => PlainTextWriter.Write(agreement, writer));
}
