using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace AgreementKit.Parameters;

/// <summary>
/// A pack's parameter contract: its <c>schema.json</c> (validated by NJsonSchema) and its manifest
/// <c>rules</c>. Loaded once per pack, immutable, safe to share between threads and batch rows.
/// <see cref="Validate"/> reports every problem of a document at once (promise R3): text policy,
/// schema, then rules on the fields that passed.
/// </summary>
internal sealed class ParameterSchema
{
    private readonly JsonSchema _schema;
    private readonly JsonSchemaValidatorSettings _settings;

    private ParameterSchema(JsonSchema schema, IReadOnlyList<ParameterRule> rules)
    {
        _schema = schema;
        Rules = rules;
        // Only "date" is in the pack dialect; the built-in validators are replaced, not extended, because
        // NJsonSchema accepts a value when any validator of its format does.
        _settings = new JsonSchemaValidatorSettings { FormatValidators = [new IsoDateFormatValidator()] };
    }

    /// <summary>The cross-field rules of the pack.</summary>
    public IReadOnlyList<ParameterRule> Rules { get; }

    /// <summary>The parsed schema, for tools that list fields (examples, batch columns).</summary>
    public JsonSchema Schema => _schema;

    /// <summary>
    /// Loads a pack's schema and rules. A schema that is not valid JSON, refers outside itself, or rules
    /// that name unknown fields are pack errors: <see cref="AgreementKitException"/> with AK2003 diagnostics.
    /// </summary>
    /// <param name="schemaJson">The text of <c>schema.json</c>.</param>
    /// <param name="rules">The manifest's <c>rules</c> array, or null when it has none.</param>
    /// <param name="schemaFile">How to name the schema in diagnostics, e.g. <c>templates/sales-crm/schema.json</c>.</param>
    /// <param name="manifestFile">How to name the manifest, where the rules are; the schema's name when not given.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    public static async Task<ParameterSchema> LoadAsync(string schemaJson, JToken? rules, string schemaFile, string? manifestFile = null,
        CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        JToken schemaToken;
        try
        {
            schemaToken = JToken.Parse(schemaJson);
        }
        catch (JsonReaderException e)
        {
            bag.Add(JsonSyntaxCheck.Describe(schemaJson, schemaFile, "the schema is not valid JSON", e));
            throw new AgreementKitException(bag.Items);
        }
        RejectExternalReferences(schemaToken, schemaJson, schemaFile, bag);
        if (bag.HasErrors)
            throw new AgreementKitException(bag.Items);

        JsonSchema schema;
        try
        {
            schema = await JsonSchema.FromJsonAsync(schemaJson, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonSerializationException e)
        {
            // A keyword with the wrong kind of value, e.g. "x-enumNames" as an object where JSON Schema tools expect a list.
            bag.Error(DiagnosticCodes.PackInvalid, $"the schema's '{e.Path}' has the wrong kind of value for that keyword (see docs/template-authoring.md)",
                new SourceLocation { File = schemaFile, Line = e.LineNumber, Column = e.LineNumber > 0 ? Math.Max(e.LinePosition, 1) : 0 });
            throw new AgreementKitException(bag.Items);
        }

        var rulesFile = manifestFile ?? schemaFile;
        var parsedRules = ParameterRuleParser.Parse(rules, rulesFile, bag);
        foreach (var rule in parsedRules)
        {
            foreach (var field in rule.Fields.Where(f => !Declares(schema, f)))
                bag.Error(DiagnosticCodes.PackInvalid, $"a {rule.Type} rule names {field}, which the schema does not declare",
                    rule.Declaration with { Path = field });
        }
        if (bag.HasErrors)
            throw new AgreementKitException(bag.Items);
        return new ParameterSchema(schema, parsedRules);
    }

    /// <summary>Every error and warning of <paramref name="parameters"/>, ordered by line and column.</summary>
    public IReadOnlyList<Diagnostic> Validate(JObject parameters, string sourceName)
    {
        var bag = new DiagnosticBag();
        TextPolicy.Check(parameters, sourceName, bag);
        bag.AddRange(SchemaErrorTranslator.Translate(_schema.Validate(parameters, _settings), sourceName));

        var failed = bag.Items.Where(d => d.IsError).Select(d => d.Location.Path ?? "").ToList();
        bool HasFailed(string path) => failed.Exists(f => FieldPath.IsSelfOrAncestor(f, path));
        foreach (var rule in Rules)
            rule.Check(parameters, HasFailed, sourceName, bag);

        // Unlocated diagnostics go last; OrderBy is stable, so equal positions keep their discovery order.
        return bag.Items
            .OrderBy(d => d.Location.Line == 0 ? int.MaxValue : d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
    }

    /// <summary>Validates and, when there is no error, wraps the document as a <see cref="ParameterSet"/>.</summary>
    public ParameterCheck Check(JObject parameters, string sourceName)
    {
        var diagnostics = Validate(parameters, sourceName);
        var ok = !diagnostics.Any(d => d.IsError);
        return new ParameterCheck(ok ? new ParameterSet(parameters, sourceName) : null, diagnostics);
    }

    /// <summary>
    /// NJsonSchema resolves <c>$ref</c> to files and URLs; a pack must not make validation read the disk
    /// or the network, so only references inside the schema (<c>#/…</c>) are accepted.
    /// </summary>
    private static void RejectExternalReferences(JToken schema, string schemaJson, string schemaFile, DiagnosticBag bag)
    {
        foreach (var reference in schema.SelectTokens("$..['$ref']"))
        {
            if (reference.Type != JTokenType.String || !((string)reference!).StartsWith('#'))
                bag.Error(DiagnosticCodes.PackInvalid,
                    $"the schema refers to {TextEcho.Describe(reference)}; only references inside the schema (#/…) are allowed",
                    JsonSyntaxCheck.StartOf(reference, schemaJson, schemaFile) with { Path = reference.Path });
        }
    }

    private static bool Declares(JsonSchema schema, string dottedPath)
    {
        var current = schema.ActualSchema;
        foreach (var segment in dottedPath.Split('.'))
        {
            if (!current.ActualProperties.TryGetValue(segment, out var property))
                return false;
            current = property.ActualSchema;
        }
        return true;
    }
}
