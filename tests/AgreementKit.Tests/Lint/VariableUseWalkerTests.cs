using AgreementKit.Lint;
using AgreementKit.Templates.Sandbox;

namespace AgreementKit.Tests.Lint;

/// <summary>What counts as a parameter read, and what does not, in a template's syntax tree.</summary>
public sealed class VariableUseWalkerTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "company": { "type": "object", "properties": { "name": { "type": "string" }, "fax": { "type": "string" } } },
            "items": { "type": "array", "items": { "type": "object", "properties": { "title": { "type": "string" }, "price": { "type": "number" } } } },
            "tags": { "type": "array", "items": { "type": "string" } },
            "lead": { "type": "string", "enum": ["a", "b"] },
            "extra": { "type": "object" },
            "shared": { "$ref": "#/definitions/party" }
          },
          "definitions": { "party": { "type": "object", "properties": { "seal": { "type": "string" } } } }
        }
        """;

    private static (IReadOnlyList<UnknownVariable> Unknown, IReadOnlyList<string> Used) Walk(string template)
    {
        var parsed = ParsedTemplate.Parse(new TemplateSource("t.scriban", template));
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        var schema = SchemaTreeReader.Read(Schema)!;
        var (unknown, used) = VariableUseWalker.Walk(parsed.Template!.Page!, schema, TemplateBuiltins.Names);
        return (unknown, used.Select(n => n.Path).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Template_variables_builtins_loops_and_function_parameters_are_not_parameters()
    {
        var (unknown, used) = Walk("""
            {{~ x = company.name
              func twice(a)
                ret a + a
              end ~}}
            {{ x }} {{ twice lead }} {{ string.upcase company.name }} {{ zh.numeral 3 }} {{ locale }} {{ $0 }}
            {{ for item in items }}{{ for.index }} {{ item.title }}{{ end }}
            {{ capture block }}text{{ end }}{{ block }} {{ math.round 1.5 }} {{ array.size tags }}
            """);
        Assert.Empty(unknown);
        Assert.Equal(["company.name", "items[].title", "lead", "tags"], used);
    }

    [Fact]
    public void A_chain_that_leaves_the_schema_is_reported_at_its_start()
    {
        const string template = "前文 {{ company.nme }}\n{{ for item in items }}{{ item.titl }}{{ end }}{{ items.title }} {{ company.name.first }} {{ nobody }}";
        var (unknown, _) = Walk(template);
        Assert.Collection(unknown,
            u => { Assert.Equal(template.IndexOf("company.nme", StringComparison.Ordinal), u.Offset); Assert.Contains("did you mean 'name'?", u.Message); },
            u => { Assert.Equal(template.IndexOf("item.titl", StringComparison.Ordinal), u.Offset); Assert.Contains("did you mean 'title'?", u.Message); },
            u => { Assert.Equal(template.IndexOf("items.title", StringComparison.Ordinal), u.Offset); Assert.Contains("is a list", u.Message); },
            u => { Assert.Equal(template.IndexOf("company.name.first", StringComparison.Ordinal), u.Offset); Assert.Contains("single value", u.Message); },
            u => Assert.Contains("'nobody'", u.Message));
    }

    [Fact]
    public void A_loop_variable_does_not_outlive_its_loop()
    {
        var (unknown, _) = Walk("{{ for item in items }}{{ item.title }}{{ end }}{{ item.title }}");
        Assert.Contains("'item'", Assert.Single(unknown).Message);
    }

    [Fact]
    public void Testing_an_object_uses_none_of_its_fields_but_passing_it_to_a_function_uses_all()
    {
        Assert.Empty(Walk("{{ if company }}x{{ end }}").Used);
        Assert.Equal(["company.fax", "company.name"], Walk("{{ fn.card company }}").Used);
        Assert.Equal(["company.fax", "company.name"], Walk("{{ company | fn.card }}").Used);
    }

    [Fact]
    public void With_indexers_free_form_objects_and_references_resolve_against_the_schema()
    {
        var (unknown, used) = Walk("{{ with company }}{{ name }}{{ end }}{{ items[0].price }}{{ company[\"fax\"] }}{{ extra.anything }}{{ shared.seal }}");
        Assert.Empty(unknown);
        Assert.Equal(["company.fax", "company.name", "extra", "items[].price", "shared.seal"], used);
    }

    [Fact]
    public void Schema_leaves_and_their_positions_come_from_schema_json()
    {
        var schema = SchemaTreeReader.Read(Schema)!;
        Assert.Equal(["company.name", "company.fax", "items[].title", "items[].price", "tags", "lead", "extra", "shared.seal"], schema.Leaves().Select(l => l.Path));
        var fax = schema.Property("company")!.Property("fax")!;
        var line = Schema.Split('\n')[fax.Line - 1];
        Assert.Equal(line.IndexOf("\"fax\"", StringComparison.Ordinal) + 1, fax.Column);
    }
}
