using AgreementKit.Diagnostics;
using AgreementKit.Templates.Sandbox;
using Newtonsoft.Json.Linq;
using Scriban.Runtime;

namespace AgreementKit.Tests.Templates.Sandbox;

public sealed class ParameterGlobalsTests
{
    private static ScriptObject Build(JObject json, DiagnosticBag? diagnostics = null) =>
        ParameterGlobals.Build(json, diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Json_becomes_plain_script_values_with_keys_unchanged()
    {
        var globals = Build(TemplateRendering.Parameters("""
            { "company": { "legalRepresentative": "张三" }, "count": 3, "big": 12345678901234567890,
              "rate": 12.5, "active": false, "items": [ "a", 1 ] }
            """));

        var company = Assert.IsType<ScriptObject>(globals["company"]);
        Assert.Equal("张三", company["legalRepresentative"]);
        Assert.Equal(3L, globals["count"]);
        Assert.Equal(12345678901234567890m, globals["big"]);
        Assert.Equal(12.5m, globals["rate"]);
        Assert.Equal(false, globals["active"]);
        var items = Assert.IsType<ScriptArray>(globals["items"]);
        Assert.Equal(new object[] { "a", 1L }, items.Cast<object>());
    }

    [Fact]
    public void Json_read_with_newtonsoft_defaults_still_gives_date_text_and_decimals()
    {
        // JObject.Parse turns ISO dates into DateTime and fractions into double unless told otherwise.
        var globals = Build(JObject.Parse("""{ "start": "2025-01-31", "amount": 12345.67 }"""));

        Assert.Equal("2025-01-31", globals["start"]);
        Assert.Equal(12345.67m, globals["amount"]);
    }

    [Fact]
    public void A_null_parameter_is_reported_at_its_path()
    {
        var diagnostics = new DiagnosticBag();

        Build(JObject.Parse("""{ "company": { "name": null } }"""), diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.NullValue, diagnostic.Code);
        Assert.Equal("company.name", diagnostic.Location.Path);
    }

    [Fact]
    public void A_parameter_named_like_the_template_functions_is_refused()
    {
        var outcome = TemplateRendering.Render("{{ zh.numeral 1 }}", """{ "zh": "x" }""");

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("zh", diagnostic.Location.Path);
    }

    [Fact]
    public void Camel_case_keys_are_reachable_as_written()
    {
        var outcome = TemplateRendering.Render("{{ company.legalRepresentative }}", """{ "company": { "legalRepresentative": "张三" } }""");

        Assert.Equal("张三", TemplateRendering.Plain(outcome));
    }
}
