using AgreementKit.Diagnostics;
using AgreementKit.Lint;
using AgreementKit.Templates.Sandbox;

namespace AgreementKit.Tests.Lint;

/// <summary>
/// AK2303: mainland vocabulary in a zh-Hant (Taiwan) edition is found at the word, with the Taiwan wording,
/// and only where a zh-Hant rendering prints it (issue 12).
/// </summary>
public sealed class MainlandVocabularyTests
{
    private const string Agent = "agent-loyalty-strategy";

    [Fact]
    public void Planted_mainland_word_in_the_authored_zh_Hant_source_is_warned_at_the_word()
    {
        using var pack = new PackCopy(Agent);
        pack.Replace("zh-Hant.scriban", "收集所在代理區域的市場動態、競爭產品及客戶需求變化等資訊", "收集所在代理區域的市場動態、競爭產品及客戶需求變化等信息");
        var found = PackCopy.Single(pack.Lint(), "AK2303", "zh-Hant.scriban");
        Assert.Equal(DiagnosticSeverity.Warning, found.Severity);
        Assert.Equal(pack.Find("zh-Hant.scriban", "信息"), (found.Location.Line, found.Location.Column));
        Assert.Contains("'信息'", found.Message);
        Assert.Contains("資訊", found.Message);
        Assert.DoesNotContain("opencc-overrides", found.Message);
    }

    [Fact]
    public void The_generated_zh_Hans_edition_is_not_checked()
    {
        // The planted word reaches zh-Hans.scriban on conversion; only the stale edition is reported there.
        using var pack = new PackCopy(Agent);
        pack.Replace("zh-Hans.scriban", "收集所在代理区域", "收集所在代理区域信息");
        Assert.DoesNotContain(pack.Lint(), d => d.Code == "AK2303");
    }

    [Theory]
    [InlineData("{{ if locale == \"zh-Hans\" }}客戶信息{{ end }}")]
    [InlineData("{{ if locale != \"zh-Hant\" }}客戶信息{{ end }}")]
    [InlineData("{{ if locale == \"zh-Hant\" }}客戶資訊{{ else }}客戶信息{{ end }}")]
    [InlineData("{{ if (locale == \"zh-Hant\") }}客戶資訊{{ else if x }}客戶信息{{ end }}")]
    [InlineData("{{ x = locale == \"zh-Hant\" ? \"資訊\" : \"\" }}乙方未通過考核的，應參加補訓。")]
    [InlineData("該議案經股東會決議通過。")]
    [InlineData("{{ tw = locale == \"zh-Hant\" }}{{ if tw }}客戶資訊{{ else }}客戶信息{{ end }}{{ if !tw }}數據{{ end }}")]
    [InlineData("{{ cn = (locale != \"zh-Hant\") }}{{ if cn }}客戶信息{{ end }}")]
    [InlineData("{{ # 信息 in a comment }}\n% 信息 in a markup comment\n")]
    public void Text_only_zh_Hans_prints_and_allowed_phrases_are_not_reported(string template)
    {
        Assert.Empty(Check(template));
    }

    [Theory]
    [InlineData("{{ if leadParty == \"agent\" }}客戶信息{{ end }}", "信息", "資訊")]
    [InlineData("{{ if locale == \"zh-Hant\" }}客戶信息{{ end }}", "信息", "資訊")]
    [InlineData("雙方應通過電子郵件通知。", "通過", "透過")]
    [InlineData("{{ tw = locale == \"zh-Hant\" }}{{ tw = x }}{{ if !tw }}客戶信息{{ end }}", "信息", "資訊")]
    [InlineData("{{ label = \"電子郵箱\" }}", "電子郵箱", "電子信箱")]
    [InlineData("服務質量保障", "質量", "品質")]
    public void Mainland_words_are_reported_once_with_the_Taiwan_wording(string template, string term, string taiwan)
    {
        var found = Assert.Single(Check(template));
        Assert.Contains($"'{term}'", found.Message);
        Assert.Contains(taiwan, found.Message);
        var at = template.IndexOf(term, StringComparison.Ordinal);
        Assert.Equal((1, at + 1), (found.Location.Line, found.Location.Column));
    }

    [Fact]
    public void A_generated_edition_is_told_to_fix_the_source_or_the_overrides()
    {
        var found = Assert.Single(Check("客戶數據", generated: true));
        Assert.Contains("tools/opencc-overrides.tsv", found.Message);
    }

    [Fact]
    public void The_shipped_term_list_reads_and_says_what_the_issue_asks()
    {
        var terms = MainlandTerms.All.ToDictionary(t => t.Term);
        foreach (var (mainland, taiwan) in new[] { ("信息", "資訊"), ("質量", "品質"), ("通過", "透過"), ("支持", "支援"), ("數據", "資料"), ("計劃", "計畫"),
                     ("反饋", "回饋"), ("營銷", "行銷"), ("知識產權", "智慧財產權"), ("電子郵箱", "電子信箱") })
            Assert.Contains(taiwan, terms[mainland].Taiwan);
        Assert.All(MainlandTerms.All, t => Assert.DoesNotContain(t.Term, t.Taiwan));
    }

    [Theory]
    [InlineData("信息", "expected <term> TAB <Taiwan wording>")]
    [InlineData("通過\t透過\t考核", "does not contain '通過'")]
    public void A_malformed_term_list_row_is_refused(string row, string message)
    {
        var error = Assert.Throws<FormatException>(() => MainlandTerms.Parse("# list\n" + row + "\n"));
        Assert.Contains("line 2", error.Message);
        Assert.Contains(message, error.Message);
    }

    private static IReadOnlyList<Diagnostic> Check(string template, bool generated = false)
    {
        var parsed = ParsedTemplate.Parse(new TemplateSource("zh-Hant.scriban", template));
        Assert.NotNull(parsed.Template);
        var positions = new TextPositions(template);
        var pieces = TemplateText.Collect(parsed.Template.Page!, template, positions);
        return MainlandVocabularyCheck.Check(parsed.Template.Page!, pieces, positions, "zh-Hant.scriban", generated).ToList();
    }
}
