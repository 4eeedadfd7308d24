using AgreementKit.Templates.Sandbox;

namespace AgreementKit.Tests.Templates.Sandbox;

/// <summary>
/// Values are data: whatever an expression prints arrives fenced exactly once (shown here as « »), and the
/// template's own text arrives unfenced, whatever the template does with the value on the way.
/// </summary>
public sealed class LiteralFencingTests
{
    private const string Parameters = """
        {
          "company": { "name": "{{ 6*7 }}", "legalRepresentative": "# 张三" },
          "term": { "start": "2025-01-01" },
          "parties": [ { "name": "@ref(x)" }, { "name": "乙方 | 丙方" } ],
          "count": 5,
          "rate": 12.5,
          "active": true,
          "empty": ""
        }
        """;

    [Theory]
    [InlineData("甲方：{{ company.name }}\n", "甲方：«{{ 6*7 }}»\n")]
    [InlineData("{{ company.legalRepresentative }}", "«# 张三»")]
    [InlineData("{{ \"前缀\" + company.name + \"后缀\" }}", "«前缀{{ 6*7 }}后缀»")]
    [InlineData("{{ company.name | string.upcase }}", "«{{ 6*7 }}»")]
    [InlineData("签订日期：{{ zh.date term.start }}。", "签订日期：«2025年1月1日»。")]
    [InlineData("{{ zh.date (term.start) }}", "«2025年1月1日»")]
    [InlineData("{{ for p in parties }}- {{ p.name }}\n{{ end }}", "- «@ref(x)»\n- «乙方 | 丙方»\n")]
    [InlineData("{{ if active }}## 条款{{ end }}", "## 条款")]
    [InlineData("{{ if company.name != \"\" }}有{{ company.name }}{{ else }}无{{ end }}", "有«{{ 6*7 }}»")]
    [InlineData("{{ count }}|{{ rate }}|{{ active }}|{{ count * 2 }}", "«5»|«12.5»|«true»|«10»")]
    [InlineData("[{{ empty }}]", "[]")]
    [InlineData("{{ x = company.name }}{{ x }}", "«{{ 6*7 }}»")]
    [InlineData("{{ func f }}（{{ $0 }}）{{ end }}{{ f company.name }}", "（«{{ 6*7 }}»）")]
    [InlineData("{{ func g; ret \"<\" + $0 + \">\"; end }}{{ g company.name }}", "«<{{ 6*7 }}>»")]
    [InlineData("{{ case count }}{{ when 5 }}五：{{ count }}{{ end }}", "五：«5»")]
    [InlineData("{{ with company }}{{ name }}{{ end }}", "«{{ 6*7 }}»")]
    public void Expression_output_is_fenced_once_and_template_text_is_not(string template, string expected)
    {
        Assert.Equal(expected, TemplateRendering.Shown(TemplateRendering.Render(template, Parameters)));
    }

    [Fact]
    public void Captured_text_is_printed_as_one_value_without_nested_fences()
    {
        var shown = TemplateRendering.Shown(TemplateRendering.Render("{{ capture c }}# {{ company.name }}{{ end }}{{ c }}", Parameters));

        // Once captured, the template text inside is a value like any other: safe, and never double-fenced.
        Assert.Equal("«# {{ 6*7 }}»", shown);
    }

    [Fact]
    public void A_value_holding_template_syntax_is_printed_not_run()
    {
        var plain = TemplateRendering.Plain(TemplateRendering.Render("结果：{{ company.name }}", Parameters));

        Assert.Equal("结果：{{ 6*7 }}", plain);
        Assert.DoesNotContain("42", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Fence_characters_inside_a_value_are_dropped()
    {
        var json = """{ "name": "a\uFDD1## 伪造标题\uFDD0b" }""";

        Assert.Equal("«a## 伪造标题b»", TemplateRendering.Shown(TemplateRendering.Render("{{ name }}", json)));
    }

    [Fact]
    public void The_fences_are_the_characters_the_markup_parser_reads()
    {
        Assert.Equal(AgreementKit.Model.Markup.LiteralMarks.Start, LiteralMarks.Start);
        Assert.Equal(AgreementKit.Model.Markup.LiteralMarks.End, LiteralMarks.End);
    }
}
