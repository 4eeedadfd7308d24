using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Cli;

public sealed class CliTests
{
    private const string Crm = "sales-crm-responsibility";

    [Fact]
    public void Templates_lists_both_packs_with_their_locales()
    {
        var run = CliRun.Of("templates");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sales-crm-responsibility", run.Out);
        Assert.Contains("agent-loyalty-strategy", run.Out);
        Assert.Contains("zh-Hans,zh-Hant", run.Out.Replace("zh-Hant,zh-Hans", "zh-Hans,zh-Hant"));
    }

    [Fact]
    public void Example_and_schema_print_json()
    {
        var example = CliRun.Of("example", Crm, "--locale", "zh-Hant");
        Assert.Equal(0, example.ExitCode);
        Assert.NotNull(JObject.Parse(example.Out)["company"]);
        var schema = CliRun.Of("schema", Crm);
        Assert.Equal(0, schema.ExitCode);
        Assert.NotNull(JObject.Parse(schema.Out)["properties"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("render")]
    [InlineData("render sales-crm-responsibility --out x.docx")]
    [InlineData("render sales-crm-responsibility --example --format odt --out x.odt")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(string commandLine)
    {
        var run = CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Render_writes_docx_markdown_and_text_into_a_folder()
    {
        using var dir = new TempFolder();
        var run = CliRun.Of("render", Crm, "--example", "--format", "docx,md,txt", "--out", dir["out"]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal([Path.Combine("out", Crm + ".docx"), Path.Combine("out", Crm + ".md"), Path.Combine("out", Crm + ".txt")], dir.Files());
        var text = File.ReadAllText(Path.Combine(dir["out"], Crm + ".txt"));
        Assert.Contains("第一章", text);
        Assert.Contains("第十四章", text);
    }

    [Fact]
    public void Malformed_json_names_its_line_and_leaves_no_file()
    {
        using var dir = new TempFolder();
        var p = dir.Write("bad.json", "{\n  \"company\": {\n    \"name\": \"x\"\n    \"legalRepresentative\": \"y\"\n  }\n}\n");
        var run = CliRun.Of("render", Crm, "--params", p, "--format", "docx", "--out", dir["a.docx"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"bad\.json\(4,\d+\)", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(["bad.json"], dir.Files());
    }

    [Fact]
    public void Every_invalid_field_is_reported_at_once_with_path_and_position()
    {
        using var dir = new TempFolder();
        var json = JObject.Parse(CliRun.Of("example", Crm).Out);
        ((JObject)json["company"]!).Remove("name");
        json["term"]!["end"] = "2020-01-01";
        var p = dir.Write("p.json", json.ToString());
        var run = CliRun.Of("render", Crm, "--params", p, "--out", dir["a.docx"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("company.name", run.Error);
        Assert.Contains("term.end", run.Error);
        Assert.Matches(@"p\.json\(\d+,\d+\)", run.Error);
        Assert.False(File.Exists(dir["a.docx"]));
    }

    [Fact]
    public void An_unknown_lead_party_lists_the_allowed_values()
    {
        using var dir = new TempFolder();
        var json = JObject.Parse(CliRun.Of("example", "agent-loyalty-strategy").Out);
        json["leadParty"] = "boss";
        var p = dir.Write("p.json", json.ToString());
        var run = CliRun.Of("validate", "agent-loyalty-strategy", "--params", p);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("leadParty", run.Error);
        Assert.Contains("intermediary", run.Error);
    }

    [Fact]
    public void A_folder_or_a_missing_file_given_as_parameters_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var folder = CliRun.Of("validate", Crm, "--params", dir.Path);
        Assert.Equal(1, folder.ExitCode);
        Assert.Contains("folder", folder.Error);
        var missing = CliRun.Of("validate", Crm, "--params", dir["nope.json"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);
    }

    [Fact]
    public void Values_are_printed_literally_never_run_as_template_code()
    {
        using var dir = new TempFolder();
        var json = JObject.Parse(CliRun.Of("example", Crm).Out);
        json["company"]!["name"] = "A&B <公司> \"x\" {{ 1+1 }} 𠀀";
        var p = dir.Write("p.json", json.ToString());
        var run = CliRun.Of("render", Crm, "--params", p, "--format", "txt", "--out", dir["a.txt"]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("A&B <公司> \"x\" {{ 1+1 }} 𠀀", File.ReadAllText(dir["a.txt"]));
    }

    [Fact]
    public void A_broken_pack_in_a_templates_folder_is_a_located_error_not_a_crash()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir["packs/broken"]);
        dir.Write("packs/broken/manifest.json", "{ \"id\": \"broken\", ");
        var run = CliRun.Of("templates", "--templates", dir["packs"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("AK2003", run.Error);
        Assert.Contains("manifest.json", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }
}
