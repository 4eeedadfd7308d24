using AgreementKit.Model;

namespace AgreementKit.Writers.Html;

/// <summary>The HTML format: one self-contained page (UTF-8), what the web form's live preview shows.</summary>
internal sealed class HtmlFormat : IAgreementWriter
{
    public string FormatId => "html";

    public IReadOnlyList<string> Aliases => ["htm"];

    public string FileExtension => "html";

    public string MediaType => "text/html; charset=utf-8";

    public void Write(Agreement agreement, Stream output, CancellationToken cancellationToken) =>
        Text.Utf8Output.Write(output, writer => writer.Write(HtmlWriter.Write(agreement)));
}
