using AgreementKit.Lint;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Lint;

/// <summary>
/// Problems planted in a copy of a shipped pack are each caught with the file, line and column an author
/// would go to (issue 6, item 6).
/// </summary>
public sealed class PlantedProblemTests
{
    private const string Crm = "sales-crm-responsibility";
    private const string Agent = "agent-loyalty-strategy";

    [Fact]
    public void Unknown_member_of_a_parameter_is_caught_at_its_chain()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("zh-Hans.scriban", "zh.date term.start", "zh.date term.begin");
        var found = PackCopy.Single(pack.Lint(), "AK2301", "zh-Hans.scriban");
        Assert.Equal(pack.Find("zh-Hans.scriban", "term.begin"), (found.Location.Line, found.Location.Column));
        Assert.Contains("'term.begin'", found.Message);
    }

    [Fact]
    public void Unknown_root_variable_is_caught_with_a_suggestion()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("zh-Hans.scriban", "{{ company.name }}", "{{ comapny.name }}");
        var found = PackCopy.Single(pack.Lint(), "AK2301", "zh-Hans.scriban");
        Assert.Equal(pack.Find("zh-Hans.scriban", "comapny.name"), (found.Location.Line, found.Location.Column));
        Assert.Contains("did you mean 'company'?", found.Message);
    }

    [Fact]
    public void Unknown_variable_in_a_branch_the_example_does_not_take_is_caught()
    {
        // The example's leadParty is company; the intermediary's fee clause renders only for intermediary,
        // and the unknown variable sits in the authored zh-Hant source.
        using var pack = new PackCopy(Agent);
        pack.Replace("zh-Hant.scriban", "{{ fees.paymentDays }}", "{{ fees.paymentDay }}");
        var found = PackCopy.Single(pack.Lint(), "AK2301", "zh-Hant.scriban");
        Assert.Equal(pack.Find("zh-Hant.scriban", "fees.paymentDay }}"), (found.Location.Line, found.Location.Column));
        Assert.Contains("did you mean 'paymentDays'?", found.Message);
    }

    [Fact]
    public void Schema_field_no_template_reads_is_caught_where_the_schema_declares_it()
    {
        using var pack = new PackCopy(Crm);
        var schema = JObject.Parse(pack.Read("schema.json"));
        ((JObject)schema.SelectToken("properties.company.properties")!).Add("fax", new JObject { ["type"] = "string", ["description"] = "传真 / Fax" });
        File.WriteAllText(pack["schema.json"], schema.ToString());
        var found = PackCopy.Single(pack.Lint(), "AK2302", "schema.json");
        Assert.Equal(pack.Find("schema.json", "\"fax\""), (found.Location.Line, found.Location.Column));
        Assert.Contains("'company.fax'", found.Message);
    }

    [Fact]
    public void Dangling_reference_is_caught_at_the_ref()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("zh-Hans.scriban", "@ref(notices)", "@ref(notice)");
        var found = PackCopy.Single(pack.Lint().Where(d => d.Message.Contains("notice")).ToList(), "AK3005", "zh-Hans.scriban");
        Assert.Equal(pack.Find("zh-Hans.scriban", "@ref(notice)"), (found.Location.Line, found.Location.Column));
        Assert.Contains("did you mean 'notices'?", found.Message);
    }

    [Fact]
    public void Duplicate_anchor_is_caught_at_its_second_use()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("zh-Hans.scriban", "{#satisfaction}", "{#targets}");
        var found = PackCopy.Single(pack.Lint(), "AK3004", "zh-Hans.scriban");
        var first = pack.Find("zh-Hans.scriban", "{#targets}");
        var text = pack.Read("zh-Hans.scriban");
        var second = text.IndexOf("{#targets}", text.IndexOf("{#targets}", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', second) + 1;
        Assert.Equal((text.AsSpan(0, second).Count('\n') + 1, second - lineStart + 1), (found.Location.Line, found.Location.Column));
        Assert.Contains($"line {first.Line}", found.Message);
    }

    [Fact]
    public void Undrawable_character_in_template_text_and_in_a_code_string_is_caught()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("zh-Hans.scriban", "@title 销售", "@title 𠀀销售");
        pack.Replace("zh-Hans.scriban", "copies_text = \"两\"", "copies_text = \"两𠀁\"");
        var found = pack.Lint().Where(d => d.Code == "AK4001" && Path.GetFileName(d.Location.File) == "zh-Hans.scriban").ToList();
        var inText = Assert.Single(found, d => d.Message.Contains("U+20000"));
        Assert.Equal(pack.Find("zh-Hans.scriban", "𠀀"), (inText.Location.Line, inText.Location.Column));
        var inCode = Assert.Single(found, d => d.Message.Contains("U+20001"));
        Assert.Equal(pack.Find("zh-Hans.scriban", "𠀁"), (inCode.Location.Line, inCode.Location.Column));
    }

    [Fact]
    public void Undrawable_character_in_an_example_value_is_caught_at_the_character()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("example.zh-Hans.json", "\"number\": \"", "\"number\": \"𠀀");
        var found = PackCopy.Single(pack.Lint(), "AK4001", "example.zh-Hans.json");
        Assert.Equal(pack.Find("example.zh-Hans.json", "𠀀"), (found.Location.Line, found.Location.Column));
        Assert.Equal("contract.number", found.Location.Path);
        Assert.Contains("U+20000", found.Message);
    }

    [Fact]
    public void Stale_generated_edition_is_the_only_finding_after_editing_the_authored_source()
    {
        using var pack = new PackCopy(Crm);
        File.AppendAllText(pack["zh-Hans.scriban"], "% an edit after the last conversion\n");
        var found = Assert.Single(pack.Lint());
        Assert.Equal("AK2201", found.Code);
        Assert.Equal("zh-Hant.scriban", Path.GetFileName(found.Location.File));
        Assert.Equal(1, found.Location.Line);
        Assert.Contains("tools/convert-edition", found.Message);
    }

    [Fact]
    public void Generated_edition_without_its_header_is_reported()
    {
        using var pack = new PackCopy(Agent);
        var text = pack.Read("zh-Hans.scriban");
        File.WriteAllText(pack["zh-Hans.scriban"], text[(text.IndexOf('\n') + 1)..]);
        var found = PackCopy.Single(pack.Lint(), "AK2201", "zh-Hans.scriban");
        Assert.Equal((1, 1), (found.Location.Line, found.Location.Column));
    }

    [Fact]
    public void Syntax_error_is_located_and_does_not_flood_unused_fields()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("zh-Hans.scriban", "{{ if dispute.method == \"arbitration\" }}", "{{ if dispute.method == }}");
        var findings = pack.Lint();
        var found = Assert.Single(findings, d => d.Code == "AK2101");
        Assert.Equal(pack.Find("zh-Hans.scriban", "{{ if dispute.method == }}").Line, found.Location.Line);
        Assert.DoesNotContain(findings, d => d.Code == "AK2302");
    }

    [Fact]
    public void Missing_example_is_a_pack_error()
    {
        using var pack = new PackCopy(Agent);
        File.Delete(pack["example.zh-Hans.json"]);
        PackCopy.Single(pack.Lint(), "AK2003", "example.zh-Hans.json");
    }

    [Fact]
    public void Markup_error_in_one_lead_partys_clauses_is_reported_from_the_example_runs()
    {
        // An empty clause is only visible once rendered; it sits in the agent's supplementary clauses.
        using var pack = new PackCopy(Agent);
        pack.Replace("zh-Hant.scriban", "{{ else if leadParty == \"agent\" }}", "{{ else if leadParty == \"agent\" }}\n### 空條款");
        var found = Assert.Single(pack.Lint(), d => d.Code == "AK3003");
        Assert.Contains("leadParty agent", found.Message);
        Assert.DoesNotContain("leadParty company", found.Message);
    }

    [Fact]
    public void Font_file_that_is_not_a_font_is_reported()
    {
        using var pack = new PackCopy(Crm);
        var notAFont = Path.Combine(Path.GetDirectoryName(pack.Folder)!, "not-a-font.otf");
        File.WriteAllText(notAFont, "plain text");
        var found = Assert.Single(pack.Lint(new LintFontOptions([notAFont])));
        Assert.Equal("AK4002", found.Code);
    }
}
