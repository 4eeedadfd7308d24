using AgreementKit.Diagnostics;
using AgreementKit.Lint;
using AgreementKit.Templates.Sandbox;

namespace AgreementKit.Tests.Lint;

/// <summary>Anchors and references in a template's literal text, across the branches of its conditions.</summary>
public sealed class CrossReferenceCheckTests
{
    private static IReadOnlyList<AgreementKit.Diagnostics.Diagnostic> Check(string template)
    {
        var parsed = ParsedTemplate.Parse(new TemplateSource("t.scriban", template));
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        var positions = new TextPositions(template);
        return CrossReferenceCheck.Check(TemplateText.Collect(parsed.Template!.Page!, template, positions), positions, "t.scriban").ToList();
    }

    [Fact]
    public void The_same_anchor_in_branches_that_exclude_each_other_is_not_a_duplicate()
    {
        Assert.Empty(Check("{{ if a }}\n### 甲 {#k}\n{{ else if b }}\n### 乙 {#k}\n{{ else }}\n### 丙 {#k}\n{{ end }}\n见@ref(k)"));
        Assert.Empty(Check("{{ case a }}{{ when 1 }}\n### 甲 {#k}\n{{ when 2 }}\n### 乙 {#k}\n{{ end }}"));
    }

    [Fact]
    public void The_same_anchor_outside_or_inside_one_branch_is_a_duplicate()
    {
        var found = Assert.Single(Check("### 甲 {#k}\n{{ if a }}\n### 乙 {#k}\n{{ end }}"));
        Assert.Equal("AK3004", found.Code);
        Assert.Equal((3, 7), (found.Location.Line, found.Location.Column));
    }

    [Fact]
    public void A_reference_needs_an_anchor_somewhere_and_comments_do_not_count()
    {
        var found = Assert.Single(Check("% ### 注释 {#k} @ref(x)\n### 甲 {#k}\n见第@ref(kk)条"));
        Assert.Equal("AK3005", found.Code);
        Assert.Equal((3, 3), (found.Location.Line, found.Location.Column));
        Assert.Contains("did you mean 'k'?", found.Message);
    }
}
