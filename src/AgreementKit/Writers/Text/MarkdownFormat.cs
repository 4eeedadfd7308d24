using AgreementKit.Model;

namespace AgreementKit.Writers.Text;

/// <summary>CommonMark for review in any Markdown viewer.</summary>
internal sealed class MarkdownFormat : IAgreementWriter
{
    public string FormatId => "md";

    public IReadOnlyList<string> Aliases => ["markdown"];

    public string FileExtension => "md";

    public string MediaType => "text/markdown; charset=utf-8";

    public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken) =>
        Utf8Output.Write(output, writer => MarkdownWriter.Write(agreement, writer));
}
