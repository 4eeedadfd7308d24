using AgreementKit.Diagnostics;
using AgreementKit.Templates.Sandbox;
using Scriban.Runtime;

namespace AgreementKit.Tests.Templates.Sandbox;

public sealed class SandboxedRendererTests
{
    [Fact]
    public void A_parsed_template_renders_many_times_in_parallel_with_its_own_values()
    {
        var template = ParsedTemplate.Parse(new TemplateSource("parallel.scriban",
            "{{ for i in 1..200 }}{{ name }}{{ end }}|{{ zh.money_upper amount }}|{{ locale }}"));
        var renderer = new SandboxedRenderer();

        var results = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8).Select(n =>
        {
            var locale = n % 2 == 0 ? "zh-Hans" : "zh-Hant";
            var outcome = renderer.Render(template, TemplateRendering.Parameters($$"""{ "name": "N{{n}}", "amount": {{n}} }"""), locale, CancellationToken.None);
            return (n, locale, text: TemplateRendering.Plain(outcome));
        }).ToList();

        foreach (var (n, locale, text) in results)
        {
            var parts = text.Split('|');
            Assert.Equal(string.Concat(Enumerable.Repeat($"N{n}", 200)), parts[0]);
            Assert.StartsWith(locale == "zh-Hans" ? "人民币" : "人民幣", parts[1], StringComparison.Ordinal);
            Assert.Equal(locale, parts[2]);
        }
    }

    [Fact]
    public void Parse_errors_are_all_reported_and_rendering_returns_them()
    {
        var template = ParsedTemplate.Parse(new TemplateSource("broken.scriban", "{{ if }}\n{{ end"));

        Assert.True(template.HasErrors);
        Assert.All(template.Diagnostics, d => Assert.Equal(DiagnosticCodes.TemplateSyntax, d.Code));
        Assert.All(template.Diagnostics, d => Assert.Equal("broken.scriban", d.Location.File));
        var outcome = new SandboxedRenderer().Render(template, TemplateRendering.Parameters("{}"), "zh-Hans", CancellationToken.None);
        Assert.Equal(template.Diagnostics, outcome.Diagnostics);
    }

    [Fact]
    public void An_unknown_locale_is_reported()
    {
        var outcome = TemplateRendering.Render("x", locale: "zh-hans");

        Assert.Equal(DiagnosticCodes.UnknownLocale, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Host_functions_are_reachable_under_their_name_and_their_output_is_fenced()
    {
        var renderer = new SandboxedRenderer(new SandboxOptions { FunctionObjects = new Dictionary<string, ScriptObject> { ["custom"] = Shout() } });

        var outcome = TemplateRendering.Render("签章：{{ custom.shout name }}", """{ "name": "abc" }""", renderer: renderer);

        Assert.Equal("签章：«ABC!»", TemplateRendering.Shown(outcome));
    }

    [Fact]
    public void A_template_cannot_change_host_functions_for_later_renders()
    {
        var functions = Shout();
        var renderer = new SandboxedRenderer(new SandboxOptions { FunctionObjects = new Dictionary<string, ScriptObject> { ["custom"] = functions } });

        var changed = TemplateRendering.Render("{{ custom.shout = 1 }}", renderer: renderer);
        var added = TemplateRendering.Render("{{ custom.extra = 1 }}", renderer: renderer);

        Assert.Equal(DiagnosticCodes.TemplateRuntime, Assert.Single(changed.Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, Assert.Single(added.Diagnostics).Code);
        Assert.False(functions.ContainsKey("extra"));
        Assert.Equal("«X!»", TemplateRendering.Shown(TemplateRendering.Render("{{ custom.shout \"x\" }}", renderer: renderer)));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("locale")]
    [InlineData("string")]
    [InlineData("Custom")]
    [InlineData("my-functions")]
    public void A_function_object_cannot_take_a_reserved_or_odd_name(string name)
    {
        var options = new SandboxOptions { FunctionObjects = new Dictionary<string, ScriptObject> { [name] = Shout() } };

        Assert.Throws<ArgumentException>(() => new SandboxedRenderer(options));
    }

    [Fact]
    public void Rendering_is_invariant_and_deterministic()
    {
        const string template = "{{ 1234.5 }} {{ zh.money 1234.5 }} {{ zh.percent 7.25 }} {{ date.parse \"2025-01-31\" | date.to_string \"%Y-%m-%d\" }}";

        var first = TemplateRendering.Plain(TemplateRendering.Render(template));
        var second = TemplateRendering.Plain(TemplateRendering.Render(template));

        Assert.Equal("1234.5 1,234.50 7.25% 2025-01-31", first);
        Assert.Equal(first, second);
    }

    private static ScriptObject Shout()
    {
        var functions = new ScriptObject();
        functions.Import("shout", new Func<string, string>(text => text.ToUpperInvariant() + "!"));
        return functions;
    }
}
