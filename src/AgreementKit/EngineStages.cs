using AgreementKit.Model;
using AgreementKit.Parameters;
using AgreementKit.Templates.Sandbox;
using AgreementKit.Writers.Docx;
using AgreementKit.Writers.Pdf;
using AgreementKit.Writers.Text;
using Scriban.Runtime;

namespace AgreementKit;

/// <summary>The configured, immutable stage objects of one engine: reader, sandbox and writers.</summary>
internal sealed class EngineStages
{
    public EngineStages(AgreementEngineOptions options)
    {
        Reader = new ParameterReader();
        var functions = new Dictionary<string, ScriptObject>(StringComparer.Ordinal);
        if (options.Functions.Count > 0)
        {
            var fn = new ScriptObject();
            foreach (var (name, function) in options.Functions) fn.Import(name, function);
            functions["fn"] = fn;
        }

        Renderer = new SandboxedRenderer(new SandboxOptions { TimeBudget = options.TemplateTimeBudget, FunctionObjects = functions });
        Docx = new DocxOptions { BodyFont = options.DocxFonts.BodyFont, HeadingFont = options.DocxFonts.HeadingFont, LatinFont = options.DocxFonts.LatinFont };
        Pdf = new PdfOutput(options.Fonts, options.PdfA);
    }

    public ParameterReader Reader { get; }

    public SandboxedRenderer Renderer { get; }

    public DocxOptions Docx { get; }

    public PdfOutput Pdf { get; }

    public byte[] Write(Agreement agreement, OutputFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        switch (format)
        {
            case OutputFormat.Docx:
                DocxWriter.Write(agreement, buffer, Docx);
                break;
            case OutputFormat.Pdf:
                Pdf.Write(agreement, buffer, cancellationToken);
                break;
            case OutputFormat.Markdown or OutputFormat.Text:
                using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
                {
                    if (format == OutputFormat.Markdown) MarkdownWriter.Write(agreement, writer);
                    else PlainTextWriter.Write(agreement, writer);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format");
        }

        return buffer.ToArray();
    }
}
