using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// A document format an agreement can be written in. DOCX, PDF, HTML, Markdown and plain text are built in;
/// a host adds its own through <see cref="AgreementEngineOptions.Writers"/> (one with the id of a built-in
/// replaces it) without touching the library. An instance carries its own options and is shared by every
/// thread of the engine, so <see cref="Write"/> must be safe to call concurrently.
/// </summary>
/// <example>
/// <code>
/// var options = new AgreementEngineOptions();
/// options.Writers.Add(new MyJsonWriter());           // FormatId "json"
/// var engine = new AgreementEngine(options);
/// engine.WriteFile(agreement, "json", "agreement.json");
/// </code>
/// </example>
public interface IAgreementWriter
{
    /// <summary>The name users give the format (<c>--format docx</c>): lower-case letters and digits.</summary>
    string FormatId { get; }

    /// <summary>Other names accepted for the format, e.g. <c>markdown</c> for <c>md</c>. None by default.</summary>
    IReadOnlyList<string> Aliases => [];

    /// <summary>The file extension without a dot, e.g. <c>docx</c>.</summary>
    string FileExtension { get; }

    /// <summary>The media (MIME) type, e.g. <c>application/pdf</c>.</summary>
    string MediaType { get; }

    /// <summary>
    /// Writes <paramref name="agreement"/> to <paramref name="output"/>. Problems with the agreement (a
    /// character no font has) are thrown as <see cref="Diagnostics.AgreementKitException"/>; the engine
    /// hands the stream to the caller only when the whole document was written.
    /// </summary>
    void Write(Agreement agreement, Stream output, CancellationToken cancellationToken);
}
