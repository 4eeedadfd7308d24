using AgreementKit.Diagnostics;
using AgreementKit.Lint;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Lint;

/// <summary>
/// AK2304: every field of a pack's schema has the words its form shows in each edition — a label, help beside
/// a description, a name for each choice — found at the field's name in schema.json; and the zh-Hant words
/// are Taiwan's (AK2303).
/// </summary>
public sealed class FieldLabelTests
{
    private const string Agent = "agent-loyalty-strategy";
    private const string Crm = "sales-crm-responsibility";

    [Fact]
    public void A_field_missing_its_taiwan_label_is_warned_at_its_name()
    {
        using var pack = new PackCopy(Agent);
        pack.Replace("schema.json", ",\n            \"zh-Hant\": \"甲方統一編號\"", "");
        var found = PackCopy.Single(pack.Lint(), "AK2304", "schema.json");
        Assert.Equal(DiagnosticSeverity.Warning, found.Severity);
        Assert.Equal(pack.Find("schema.json", "\"idNumber\""), (found.Location.Line, found.Location.Column));
        Assert.Contains("'company.idNumber'", found.Message);
        Assert.Contains("zh-Hant", found.Message);
        Assert.Contains("\"x-titles\"", found.Message);
        Assert.DoesNotContain("x-descriptions", found.Message);
    }

    [Fact]
    public void Missing_help_and_choice_names_are_one_warning_per_field_and_edition()
    {
        using var pack = new PackCopy(Crm);
        pack.Replace("schema.json", "\"x-enumTitles\": {\n            \"zh-Hans\": [\n              \"每月\",", "\"x-enumTitles\": {\n            \"zh-TW\": [\n              \"每月\",");
        pack.Replace("schema.json", ",\n            \"zh-Hant\": \"乙方接收通知的通訊地址\"", "");
        var findings = pack.Lint().Where(d => d.Code == "AK2304").ToList();
        Assert.Equal(3, findings.Count);
        var period = findings.Single(d => d.Message.Contains("'targets.period' lacks", StringComparison.Ordinal));
        Assert.Contains("zh-Hans", period.Message);
        Assert.Contains("\"x-enumTitles\"", period.Message);
        Assert.Equal(pack.Find("schema.json", "\"period\""), (period.Location.Line, period.Location.Column));
        var stray = findings.Single(d => d.Message.Contains("'zh-TW'", StringComparison.Ordinal));
        Assert.Contains("not a locale of the pack (zh-Hans, zh-Hant)", stray.Message);
        Assert.Equal(pack.Find("schema.json", "\"zh-TW\""), (stray.Location.Line, stray.Location.Column));
        var address = findings.Single(d => d.Message.Contains("'salesperson.address'", StringComparison.Ordinal));
        Assert.Contains("zh-Hant", address.Message);
        Assert.Contains("\"x-descriptions\"", address.Message);
    }

    [Fact]
    public void Choice_names_that_do_not_match_the_enum_are_warned()
    {
        using var pack = new PackCopy(Agent);
        pack.Replace("schema.json", "\"仲裁\",\n              \"訴訟\"", "\"仲裁\"");
        var found = PackCopy.Single(pack.Lint(), "AK2304", "schema.json");
        Assert.Contains("'dispute.method' has 1 zh-Hant names", found.Message);
        Assert.Contains("enum of 2 values", found.Message);
    }

    [Fact]
    public void Mainland_vocabulary_in_a_taiwan_label_is_warned_at_the_word()
    {
        using var pack = new PackCopy(Agent);
        pack.Replace("schema.json", "客戶資訊發生變化後在客戶管理系統中更新的日數", "客戶信息發生變化後在客戶管理系統中更新的日數");
        var found = PackCopy.Single(pack.Lint(), "AK2303", "schema.json");
        Assert.Equal(pack.Find("schema.json", "客戶信息發生", shift: 2), (found.Location.Line, found.Location.Column));
        Assert.Contains("'timeLimits.infoUpdateDays'", found.Message);
        Assert.Contains("資訊", found.Message);
    }

    [Fact]
    public void A_pack_with_one_edition_labels_fields_with_their_title()
    {
        var schema = """
            {
              "type": "object",
              "properties": {
                "name": { "type": "string", "title": "姓名" },
                "term": { "type": "object", "title": "期限", "properties": { "start": { "type": "string", "description": "起始日 / start" } } }
              }
            }
            """;
        var found = Assert.Single(FieldLabelCheck.Check(schema, ["zh-Hans"], "schema.json"));
        Assert.Equal("AK2304", found.Code);
        Assert.Contains("'term.start' has no zh-Hans label", found.Message);
        Assert.Equal((5, schema.Split('\n')[4].IndexOf("\"start\"", StringComparison.Ordinal) + 1), (found.Location.Line, found.Location.Column));
        Assert.Empty(FieldLabelCheck.Check(schema.Replace("\"description\"", "\"title\": \"起始日\", \"description\"", StringComparison.Ordinal), ["zh-Hans"], "schema.json"));
    }

    [Fact]
    public void Edition_words_of_the_wrong_shape_are_warned_and_an_unreadable_keyword_is_a_pack_error()
    {
        const string schema = """{ "type": "object", "properties": { "a": { "type": "string", "x-titles": "甲", "title": "甲" } } }""";
        var found = Assert.Single(FieldLabelCheck.Check(schema, ["zh-Hans"], "schema.json"));
        Assert.Contains("\"x-titles\" of 'a' must be an object from locale to text", found.Message);

        // NJsonSchema reads x-enumNames itself, as a list: an object there is the pack's mistake, not a crash.
        using var pack = new PackCopy(Crm);
        pack.Replace("schema.json", "\"x-enumTitles\"", "\"x-enumNames\"");
        var problem = PackCopy.Single(pack.Lint(), "AK2003", "schema.json");
        Assert.Contains("wrong kind of value", problem.Message);
        Assert.True(problem.Location.Line > 0, problem.ToString());
    }

    [Fact]
    public void Both_editions_words_of_the_shipped_packs_are_in_their_script()
    {
        // zh-Hans words stay as they are through OpenCC's traditional-to-simplified conversion, zh-Hant words
        // through simplified-to-Taiwan conversion, but for 雇主, which Taiwan's statutes write with 雇.
        var opencc = ProcessRunner.Require("opencc", "opencc");
        using var temp = new TempFolder();
        foreach (var id in new[] { Agent, Crm })
        {
            var schema = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, id, "schema.json")));
            foreach (var (locale, config) in new[] { ("zh-Hans", "t2s.json"), ("zh-Hant", "s2tw.json") })
            {
                var words = schema.Descendants().OfType<Newtonsoft.Json.Linq.JProperty>()
                    .Where(p => p.Name is "x-titles" or "x-descriptions" or "x-enumTitles")
                    .SelectMany(p => p.Value[locale] is Newtonsoft.Json.Linq.JArray names ? names.Values<string>() : [p.Value.Value<string>(locale)])
                    .OfType<string>().ToList();
                Assert.True(words.Count > 100, $"{id} {locale}: {words.Count} words");
                var input = Path.Combine(temp.Path, $"{id}.{locale}.txt");
                File.WriteAllLines(input, words);
                var output = input + ".out";
                var (code, text) = ProcessRunner.RunTool(opencc, ["-c", config, "-i", input, "-o", output], TimeSpan.FromSeconds(60), "opencc");
                Assert.True(code == 0, text);
                var converted = File.ReadAllLines(output).Select(w => locale == "zh-Hant" ? w.Replace("僱主", "雇主", StringComparison.Ordinal) : w).ToList();
                var changed = words.Zip(converted).Where(p => p.First != p.Second).Select(p => $"{p.First} → {p.Second}").ToList();
                Assert.True(changed.Count == 0, $"{id} {locale} words in the other script:\n{string.Join("\n", changed)}");
            }
        }
    }
}
