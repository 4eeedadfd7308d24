using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Parameters;

/// <summary>A small pack of our own covering every keyword of the dialect, independent of the real packs.</summary>
internal static class TestPack
{
    public const string SchemaJson = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["company", "leadParty", "term", "months"],
          "properties": {
            "company": {
              "type": "object",
              "description": "甲方",
              "additionalProperties": false,
              "required": ["name", "legalRepresentative"],
              "properties": {
                "name": { "type": "string", "maxLength": 20, "description": "公司名称" },
                "legalRepresentative": { "type": "string", "description": "法定代表人" }
              }
            },
            "leadParty": { "type": "string", "enum": ["company", "agent", "intermediary"], "description": "主导方" },
            "intermediary": { "type": "object", "properties": { "name": { "type": "string" } } },
            "term": {
              "type": "object",
              "required": ["start", "end"],
              "properties": {
                "start": { "type": "string", "format": "date", "description": "开始日期" },
                "end": { "type": "string", "format": "date", "description": "结束日期" }
              }
            },
            "months": { "type": "integer", "minimum": 1, "maximum": 120, "description": "期限（月）" },
            "rate": { "type": "number", "minimum": 0, "maximum": 100 },
            "signed": { "type": "boolean" },
            "number": { "type": "string", "pattern": "^HT-[0-9]{4}$", "description": "合同编号，如 HT-2025" },
            "items": { "type": "array", "items": { "type": "object", "properties": { "title": { "type": "string" } } } }
          }
        }
        """;

    public const string RulesJson = """
        [
          { "type": "dateOrder", "start": "term.start", "end": "term.end" },
          { "type": "requiredWhen", "field": "intermediary", "when": "leadParty", "equals": "intermediary" }
        ]
        """;

    /// <summary>A complete valid document; line 3 holds company.name, line 6 term.start.</summary>
    public const string Valid = """
        {
          "company": {
            "name": "华夏科技有限公司",
            "legalRepresentative": "张三"
          },
          "leadParty": "company",
          "term": { "start": "2025-01-01", "end": "2025-12-31" },
          "months": 12
        }
        """;

    private static readonly Lazy<ParameterSchema> Loaded = new(() =>
        ParameterSchema.LoadAsync(SchemaJson, JToken.Parse(RulesJson), "test-pack/schema.json").GetAwaiter().GetResult());

    public static ParameterSchema Schema => Loaded.Value;

    public static JObject Read(string json, string file = "params.json")
    {
        var result = new ParameterReader().ReadText(json, file);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    /// <summary>Reads and validates, asserting that reading itself succeeded.</summary>
    public static IReadOnlyList<Diagnostic> Validate(string json) => Schema.Validate(Read(json), "params.json");

    /// <summary>The one diagnostic with <paramref name="code"/>, failing when there is not exactly one.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join("\n", diagnostics)}");
        return matching[0];
    }

    public static void AssertAt(Diagnostic diagnostic, int line, int column, string? path = null)
    {
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        if (path is not null) Assert.Equal(path, diagnostic.Location.Path);
    }
}
