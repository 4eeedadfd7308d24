using System.Security.Cryptography;
using AgreementKit.Diagnostics;
using AgreementKit.Templates.Packs;
using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests;

public sealed class EngineTests
{
    [Fact]
    public void One_engine_renders_eight_agreements_concurrently_exactly_as_sequentially()
    {
        var engine = new AgreementEngine();
        var jobs = Enumerable.Range(0, 8).Select(i =>
        {
            var pack = i % 2 == 0 ? "sales-crm-responsibility" : "agent-loyalty-strategy";
            var locale = i % 4 < 2 ? "zh-Hans" : "zh-Hant";
            var json = JObject.Parse(engine.GetPack(pack).GetExample(locale)!);
            json["contract"]!["number"] = $"HT-{i:D3}";
            return (pack, locale, json);
        }).ToList();

        string Render((string Pack, string Locale, JObject Json) job)
        {
            var agreement = engine.Assemble(job.Pack, AgreementParameters.FromJObject(job.Json), job.Locale);
            return Convert.ToHexString(SHA256.HashData(engine.WriteToArray(agreement, OutputFormat.Docx)))
                + Convert.ToHexString(SHA256.HashData(engine.WriteToArray(agreement, OutputFormat.Pdf)));
        }

        var sequential = jobs.Select(Render).ToList();
        var concurrent = new string[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = Render(jobs[i]));
        Assert.Equal(sequential, concurrent);
        Assert.Equal(8, sequential.Distinct().Count());
    }

    [Fact]
    public void Packs_load_from_memory_and_come_before_the_embedded_ones()
    {
        var options = new AgreementEngineOptions();
        options.PackSources.Insert(0, TemplatePackSource.FromFiles(new Dictionary<string, string>
        {
            ["note/manifest.json"] = """{ "id": "note", "version": "2.0.0", "title": { "zh-Hans": "备忘" }, "locales": ["zh-Hans"] }""",
            ["note/schema.json"] = """{ "type": "object", "additionalProperties": false, "required": ["who"], "properties": { "who": { "type": "string", "minLength": 1, "maxLength": 20 } } }""",
            ["note/zh-Hans.scriban"] = "@title 备忘\n## 事项\n{{ who }}负责。\n",
        }));
        var engine = new AgreementEngine(options);
        Assert.Equal("note", engine.Packs[0].Id);
        Assert.Contains(engine.Packs, p => p.Id == "sales-crm-responsibility");
        var agreement = engine.Assemble("note", AgreementParameters.FromJson("""{ "who": "王五" }"""));
        Assert.Equal("王五负责。", ((AgreementKit.Model.Paragraph)agreement.Chapters.Single().Introduction[0]).Text);
    }

    [Fact]
    public void Custom_functions_are_callable_and_their_results_stay_text()
    {
        var options = new AgreementEngineOptions();
        options.Functions["shout"] = (Func<string, string>)(s => "## " + s + "！");
        options.PackSources.Insert(0, TemplatePackSource.FromFiles(new Dictionary<string, string>
        {
            ["f/manifest.json"] = """{ "id": "f", "version": "1.0.0", "locales": ["zh-Hans"] }""",
            ["f/schema.json"] = """{ "type": "object", "properties": { "x": { "type": "string" } } }""",
            ["f/zh-Hans.scriban"] = "@title t\n## c\n{{ fn.shout x }}\n",
        }));
        var agreement = new AgreementEngine(options).Assemble("f", AgreementParameters.FromJson("""{ "x": "注意" }"""));
        Assert.Equal("## 注意！", ((AgreementKit.Model.Paragraph)agreement.Chapters.Single().Introduction[0]).Text);
    }

    [Fact]
    public void Bad_input_comes_back_as_diagnostics_never_as_an_exception()
    {
        var engine = ExampleCases.Engine;
        var result = engine.TryAssemble("sales-crm-responsibility", AgreementParameters.FromJson("{ \"company\": 1 }", "p.json"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.File == "p.json");
        Assert.Equal(DiagnosticCodes.UnknownPack, engine.TryAssemble("nope", AgreementParameters.FromJson("{}")).Diagnostics.Single().Code);
        var thrown = Assert.Throws<AgreementKitException>(() => engine.Assemble("sales-crm-responsibility", AgreementParameters.FromJson("{")));
        Assert.Contains(thrown.Diagnostics, d => d.Code == DiagnosticCodes.MalformedJson);
    }

    [Fact]
    public void A_character_no_pdf_font_has_is_refused_naming_the_field_clause_and_fix()
    {
        var json = ExampleCases.Parameters("sales-crm-responsibility", "zh-Hans", "-");
        json["salesperson"]!["name"] = "陈😀远";
        var engine = ExampleCases.Engine;
        var agreement = engine.Assemble("sales-crm-responsibility", AgreementParameters.FromJObject(json));
        Assert.NotEmpty(engine.WriteToArray(agreement, OutputFormat.Docx));
        var error = Assert.Throws<AgreementKitException>(() => engine.WriteToArray(agreement, OutputFormat.Pdf)).Diagnostics.Single();
        Assert.Equal(DiagnosticCodes.MissingGlyph, error.Code);
        Assert.Contains("😀 (U+1F600)", error.Message);
        Assert.Contains("salesperson.name", error.Message);
        Assert.Contains("2.1", error.Message);
        Assert.Contains("--font", error.Message);
    }

    [Fact]
    public void Writing_a_file_is_atomic_and_leaves_nothing_on_failure()
    {
        using var dir = new Cli.TempFolder();
        var engine = ExampleCases.Engine;
        var agreement = ExampleCases.Assemble("sales-crm-responsibility", "zh-Hans", "-");
        Directory.CreateDirectory(dir["taken"]);
        Assert.ThrowsAny<IOException>(() => engine.WriteFile(agreement, OutputFormat.Docx, dir["taken"]));
        Assert.Equal([], dir.Files());
        engine.WriteFile(agreement, OutputFormat.Docx, dir["a.docx"]);
        Assert.Equal(["a.docx"], dir.Files());
    }
}
