using AgreementKit.Backends;
using AgreementKit.Model;
using AgreementKit.Parameters;
using AgreementKit.Templates.Sandbox;
using AgreementKit.Writers;
using AgreementKit.Writers.Docx;
using AgreementKit.Writers.Html;
using AgreementKit.Writers.Pdf;
using AgreementKit.Writers.Text;
using Scriban.Runtime;

namespace AgreementKit;

/// <summary>The configured, immutable stage objects of one engine: reader, sandbox and writers.</summary>
internal sealed class EngineStages
{
    private readonly Lazy<string> _settings;

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
        var docx = new DocxOptions
        {
            BodyFont = options.DocxFonts.BodyFont,
            HeadingFont = options.DocxFonts.HeadingFont,
            LatinFont = options.DocxFonts.LatinFont,
            SignatureBookmarks = options.SignatureFields,
        };
        var fonts = options.Fonts;
        var pdf = new PdfOutput(new PdfFontChoice(fonts.BodyFontFile, fonts.HeadingFontFile, fonts.UseSystemFonts), options.PdfA, options.SignatureFields);
        Writers = new WriterRegistry([new DocxFormat(docx), pdf, new HtmlFormat(), new MarkdownFormat(), new TextFormat()], options.Writers);
        _settings = new(() => Settings(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The engine options that shape output bytes, as text: equal settings and equal inputs give equal
    /// files, which is what lets a resumed batch keep the files of an earlier run.
    /// </summary>
    public string OutputSettings => _settings.Value;

    private static string Settings(AgreementEngineOptions options)
    {
        var docx = options.DocxFonts;
        var pdf = options.Fonts;
        return string.Join('\n',
            $"docx fonts {docx.BodyFont}|{docx.HeadingFont}|{docx.LatinFont}",
            $"pdf/a {options.PdfA}",
            $"signature fields {options.SignatureFields}",
            $"pdf body font {FileIdentity(pdf.BodyFontFile)}",
            $"pdf heading font {FileIdentity(pdf.HeadingFontFile)}",
            // Installed fonts can change between runs without any setting changing; the flag is all we can record.
            $"system fonts {pdf.UseSystemFonts}",
            // Functions and host writers are code; their names are what can be compared.
            $"functions {string.Join(",", options.Functions.Keys.Order(StringComparer.Ordinal))}",
            $"writers {string.Join(",", options.Writers.Select(w => $"{w.FormatId}:{w.GetType().FullName}"))}");
    }

    // A font is identified by its contents, so a replaced file with the same name counts as a change.
    private static string FileIdentity(string? path)
    {
        if (path is null) return "bundled";
        try
        {
            using var stream = File.OpenRead(path);
            return $"{Path.GetFullPath(path)} sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{Path.GetFullPath(path)} unreadable"; // rendering reports the problem (AK4002)
        }
    }

    public ParameterReader Reader { get; }

    public SandboxedRenderer Renderer { get; }

    /// <summary>The formats this engine writes: built-ins and the host's writers.</summary>
    public WriterRegistry Writers { get; }

    /// <summary>
    /// The document's bytes, complete before the caller sees any: a writer that fails half-way (a
    /// character no font has) leaves nothing behind.
    /// </summary>
    public byte[] Write(Agreement agreement, IAgreementWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = ReusableBuffer.Rent();
        try
        {
            writer.Write(agreement, buffer, cancellationToken);
            return buffer.ToArray();
        }
        finally
        {
            ReusableBuffer.Return(buffer);
        }
    }
}
