using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Templates.Packs;

/// <summary>
/// A loaded template pack: its manifest, parameter schema, example parameters and Scriban sources per
/// locale. Immutable once loaded.
/// </summary>
public sealed class TemplatePack
{
    private readonly IReadOnlyDictionary<string, string> _examples;
    private readonly IReadOnlyDictionary<string, string> _sources;

    private TemplatePack(string id, string version, IReadOnlyDictionary<string, string> titles, IReadOnlyDictionary<string, string> descriptions,
        IReadOnlyList<string> locales, string? authoredLocale, string schemaJson, JArray rules, DocumentFields document, string? variantParameter,
        IReadOnlyDictionary<string, string> examples, IReadOnlyDictionary<string, string> sources, TemplatePackSource origin)
    {
        Document = document;
        VariantParameter = variantParameter;
        Id = id;
        Version = version;
        Titles = titles;
        Descriptions = descriptions;
        Locales = locales;
        AuthoredLocale = authoredLocale;
        SchemaJson = schemaJson;
        Rules = rules;
        _examples = examples;
        _sources = sources;
        Origin = origin;
    }

    /// <summary>The pack id, e.g. <c>sales-crm-responsibility</c>.</summary>
    public string Id { get; }

    /// <summary>The pack's version from its manifest.</summary>
    public string Version { get; }

    /// <summary>The agreement title per locale.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>A one-line description per locale.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; }

    /// <summary>The locales the pack has a source for; the first is the default.</summary>
    public IReadOnlyList<string> Locales { get; }

    /// <summary>The JSON Schema of the pack's parameters, as text.</summary>
    public string SchemaJson { get; }

    /// <summary>The locale whose source is written by hand; the other is generated from it.</summary>
    internal string? AuthoredLocale { get; }

    internal JArray Rules { get; }

    /// <summary>The parameters holding the contract number, signing place and date (manifest <c>"document"</c>).</summary>
    internal DocumentFields Document { get; }

    /// <summary>
    /// The parameter whose values choose different text (manifest <c>"variants"</c>, e.g. <c>leadParty</c>:
    /// each lead party has its own supplementary clauses); null when every agreement has the same parts.
    /// </summary>
    internal string? VariantParameter { get; }

    internal TemplatePackSource Origin { get; }

    /// <summary>The example parameters for <paramref name="locale"/> (JSON text), or null when the pack has none.</summary>
    public string? GetExample(string locale) => _examples.TryGetValue(locale, out var text) ? text : null;

    /// <summary>How messages name one of the pack's files, e.g. <c>templates/sales-crm-responsibility/schema.json</c>.</summary>
    internal string DisplayPath(string file) => Origin.DisplayPath(Id, file);

    /// <summary>The Scriban source for a locale, with the name messages use for it.</summary>
    internal (string Name, string Text)? GetSource(string locale) =>
        _sources.TryGetValue(locale, out var text) ? (Origin.DisplayPath(Id, locale + ".scriban"), text) : null;

    /// <summary>Pack ids are folder names: lower-case letters, digits and single hyphens.</summary>
    internal static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && !id.StartsWith('-') && !id.Contains("--");

    /// <summary>Loads pack <paramref name="id"/> from <paramref name="source"/>, reporting every problem of its files.</summary>
    internal static TemplatePack? Load(TemplatePackSource source, string id, DiagnosticBag diagnostics)
    {
        SourceLocation Where(string file) => new() { File = source.DisplayPath(id, file) };
        void Problem(string file, string message) => diagnostics.Error(DiagnosticCodes.PackInvalid, message, Where(file));

        var manifestText = source.ReadFile(id, "manifest.json");
        if (manifestText is null)
        {
            Problem("manifest.json", $"pack '{id}' has no manifest.json");
            return null;
        }

        JObject manifest;
        try
        {
            manifest = JObject.Parse(manifestText);
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            diagnostics.Add(JsonSyntaxCheck.Describe(manifestText, source.DisplayPath(id, "manifest.json"), "manifest.json is not valid JSON", e));
            return null;
        }

        var manifestId = manifest.Value<string>("id");
        if (manifestId != id) Problem("manifest.json", $"the manifest's id '{manifestId}' differs from the pack folder '{id}'");
        var version = manifest.Value<string>("version") ?? "";
        if (version.Length == 0) Problem("manifest.json", "the manifest has no version");
        var locales = (manifest["locales"] as JArray)?.Values<string>().OfType<string>().ToList() ?? [];
        if (locales.Count == 0) Problem("manifest.json", "the manifest lists no locales");
        var titles = Localized(manifest["title"]);
        var descriptions = Localized(manifest["description"]);
        var rules = manifest["rules"] as JArray ?? [];
        var document = ReadDocumentFields(manifest["document"], message => Problem("manifest.json", message));
        var variants = manifest["variants"] switch
        {
            null => null,
            JValue { Type: JTokenType.String } v => (string?)v,
            _ => Invalid("\"variants\" names one parameter, e.g. \"leadParty\""),
        };

        var schema = source.ReadFile(id, "schema.json");
        if (schema is null) Problem("schema.json", $"pack '{id}' has no schema.json");
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var locale in locales)
        {
            var text = source.ReadFile(id, locale + ".scriban");
            if (text is null) Problem(locale + ".scriban", $"pack '{id}' lists locale {locale} but has no {locale}.scriban");
            else sources[locale] = text;
            var example = source.ReadFile(id, $"example.{locale}.json");
            if (example is not null) examples[locale] = example;
        }

        if (diagnostics.HasErrors) return null;
        return new TemplatePack(id, version, titles, descriptions, locales, manifest.Value<string>("authoredLocale"), schema!, rules, document, variants, examples, sources, source);

        string? Invalid(string message)
        {
            Problem("manifest.json", message);
            return null;
        }
    }

    private static DocumentFields ReadDocumentFields(JToken? token, Action<string> problem)
    {
        if (token is null) return DocumentFields.None;
        if (token is not JObject fields)
        {
            problem("\"document\" is an object naming parameters, e.g. { \"number\": \"contract.number\", \"signPlace\": \"contract.signPlace\", \"signDate\": \"contract.signDate\" }");
            return DocumentFields.None;
        }

        string? Path(string name) => fields[name] switch
        {
            null => null,
            JValue { Type: JTokenType.String } v when ((string)v!).Length > 0 => (string)v!,
            _ => Report($"\"document\".\"{name}\" must name a parameter path such as contract.{name}"),
        };
        string? Report(string message)
        {
            problem(message);
            return null;
        }

        foreach (var unknown in fields.Properties().Select(p => p.Name).Except(["number", "signPlace", "signDate"], StringComparer.Ordinal))
            problem($"\"document\" has no field \"{unknown}\" (known: number, signPlace, signDate)");
        return new DocumentFields(Path("number"), Path("signPlace"), Path("signDate"));
    }

    private static Dictionary<string, string> Localized(JToken? token) => token switch
    {
        JObject o => o.Properties().Where(p => p.Value.Type == JTokenType.String).ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal),
        JValue { Type: JTokenType.String } v => new Dictionary<string, string> { [""] = (string)v! },
        _ => [],
    };
}
