using System.Collections.Concurrent;
using AgreementKit.Diagnostics;
using AgreementKit.Model;
using AgreementKit.Parameters;
using AgreementKit.Templates.Packs;
using AgreementKit.Templates.Sandbox;
using Newtonsoft.Json.Linq;

namespace AgreementKit;

/// <summary>
/// What an engine prepares once per pack and reuses for every agreement: the compiled parameter schema
/// and the parsed template of each locale. Safe to share across threads.
/// </summary>
internal sealed class PackRuntime(TemplatePack pack, EngineStages stages)
{
    // Loaded on first use so that one broken pack in a folder does not stop the others from working.
    private readonly Lazy<(ParameterSchema? Schema, IReadOnlyList<Diagnostic> Problems)> _schema = new(() =>
    {
        try
        {
            return (ParameterSchema.LoadAsync(pack.SchemaJson, pack.Rules, pack.DisplayPath("schema.json"), pack.DisplayPath("manifest.json")).GetAwaiter().GetResult(), []);
        }
        catch (AgreementKitException e)
        {
            return (null, e.Diagnostics);
        }
    });
    private readonly ConcurrentDictionary<string, ParsedTemplate> _templates = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads the parameters (bytes as a file, an object as the object it is: never through JSON text) and
    /// validates them against the pack; every value keeps its origin, so problems point where it came from.
    /// </summary>
    public (JObject? Parameters, IReadOnlyList<Diagnostic> Diagnostics) ReadAndValidate(AgreementParameters parameters)
    {
        var read = parameters.Json is { } json
            ? stages.Reader.Read(json, parameters.SourceName)
            : stages.Reader.Read(parameters.Bytes!, parameters.SourceName);
        if (read.Document is null) return (null, read.Diagnostics);
        var (schema, problems) = _schema.Value;
        if (schema is null) return (null, problems);
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        diagnostics.AddRange(schema.Validate(read.Document, parameters.SourceName));
        // Unlocated diagnostics go last, as Validate orders them; OrderBy is stable.
        var ordered = diagnostics.OrderBy(d => d.Location.Line == 0 ? int.MaxValue : d.Location.Line).ThenBy(d => d.Location.Column).ToList();
        return (ordered.Any(d => d.IsError) ? null : read.Document, ordered);
    }

    public AssemblyResult Assemble(AgreementParameters input, string locale, CancellationToken cancellationToken)
    {
        var (parameters, diagnostics) = ReadAndValidate(input);
        if (parameters is null) return new AssemblyResult(null, diagnostics);

        var template = _templates.GetOrAdd(locale, l =>
        {
            var (name, text) = pack.GetSource(l)!.Value;
            return ParsedTemplate.Parse(new TemplateSource(name, text));
        });
        if (template.HasErrors) return new AssemblyResult(null, [.. diagnostics, .. template.Diagnostics]);

        var rendered = stages.Renderer.Render(template, parameters, locale, cancellationToken);
        if (rendered.Markup is null) return new AssemblyResult(null, [.. diagnostics, .. rendered.Diagnostics]);

        var origin = new AgreementOrigin(pack.Id, pack.Version, parameters);
        var (agreement, modelDiagnostics) = AgreementAssembler.Assemble(rendered.Markup, locale, Facts(parameters), origin);
        IReadOnlyList<Diagnostic> all = [.. diagnostics, .. rendered.Diagnostics, .. modelDiagnostics];
        return new AssemblyResult(agreement, all);
    }

    // The manifest names the fields; validation has checked their values (a "date" field is a real date).
    private DocumentFacts Facts(JObject parameters)
    {
        var fields = pack.Document;
        string? Text(string? path) => path is not null && parameters.SelectToken(path) is JValue { Type: JTokenType.String } value ? (string)value! : null;
        DateOnly? date = Text(fields.SignDate) is { } text && IsoDate.TryParse(text, out var parsed) ? parsed : null;
        return new DocumentFacts(Text(fields.Number), Text(fields.SignPlace), date);
    }
}
