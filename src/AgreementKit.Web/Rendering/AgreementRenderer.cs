using AgreementKit.Diagnostics;
using AgreementKit.Templates.Packs;
using AgreementKit.Web.Forms;
using System.Collections.Concurrent;

namespace AgreementKit.Web.Rendering;

/// <summary>
/// The app's engines (plain, and PDF/A when first asked for) and every single-agreement render, each run
/// through the <see cref="RenderGate"/>. The parameters are the JSON text the page sends, exactly the file
/// the user can download, so line and column of a diagnostic point into that file.
/// </summary>
internal sealed class AgreementRenderer
{
    private readonly AgreementKitWebOptions _options;
    private readonly RenderGate _gate;
    private readonly Lazy<AgreementEngine> _pdfA;
    private readonly ConcurrentDictionary<string, FormField> _forms = new(StringComparer.Ordinal);

    public AgreementRenderer(AgreementKitWebOptions options, RenderGate gate)
    {
        _options = options;
        _gate = gate;
        // Built now, so a broken pack stops the server at start with its located problems.
        Engine = Build(pdfA: false);
        _pdfA = new Lazy<AgreementEngine>(() => Build(pdfA: true));
    }

    public AgreementEngine Engine { get; }

    public IReadOnlyList<TemplatePack> Packs => Engine.Packs;

    public TemplatePack? Pack(string id) => Engine.Packs.FirstOrDefault(p => p.Id == id);

    /// <summary>The form of a pack's edition, in that edition's words, read from its schema once.</summary>
    public FormField Form(TemplatePack pack, string locale) => _forms.GetOrAdd(pack.Id + "\n" + locale, _ => SchemaFormReader.Read(pack, locale));

    public AgreementEngine EngineFor(bool pdfA) => pdfA ? _pdfA.Value : Engine;

    /// <summary>Validates and assembles; on success also the HTML page. Diagnostics come back either way.</summary>
    public Task<(IReadOnlyList<Diagnostic> Diagnostics, byte[]? Html)> PreviewAsync(TemplatePack pack, string locale, byte[] json, string source, CancellationToken cancellationToken) =>
        _gate.RunAsync(token =>
        {
            var result = Engine.TryAssemble(pack.Id, AgreementParameters.FromUtf8(json, source), locale, token);
            return result.Agreement is null
                ? (result.Diagnostics, null)
                : (result.Diagnostics, Engine.WriteToArray(result.Agreement, "html", token));
        }, cancellationToken);

    /// <summary>The document in <paramref name="format"/>, or the diagnostics that stopped it (a missing glyph included).</summary>
    public Task<(IReadOnlyList<Diagnostic> Diagnostics, byte[]? Bytes)> DocumentAsync(TemplatePack pack, string locale, byte[] json, string format, bool pdfA, CancellationToken cancellationToken) =>
        _gate.RunAsync(token =>
        {
            var engine = EngineFor(pdfA);
            var result = engine.TryAssemble(pack.Id, AgreementParameters.FromUtf8(json, "parameters.json"), locale, token);
            if (result.Agreement is null) return (result.Diagnostics, null);
            try
            {
                return (result.Diagnostics, engine.WriteToArray(result.Agreement, format, token));
            }
            catch (AgreementKitException e)
            {
                return ((IReadOnlyList<Diagnostic>)[.. result.Diagnostics, .. e.Diagnostics], (byte[]?)null);
            }
        }, cancellationToken);

    private AgreementEngine Build(bool pdfA)
    {
        var engineOptions = new AgreementEngineOptions();
        _options.ConfigureEngine?.Invoke(engineOptions);
        engineOptions.PdfA = pdfA || engineOptions.PdfA;
        return new AgreementEngine(engineOptions);
    }
}
