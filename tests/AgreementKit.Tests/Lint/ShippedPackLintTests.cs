using AgreementKit.Lint;
using AgreementKit.Templates.Packs;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Lint;

/// <summary>The shipped packs pass the preflight that CI runs on them.</summary>
public sealed class ShippedPackLintTests
{
    public static TheoryData<string> Packs()
    {
        var data = new TheoryData<string>();
        foreach (var folder in PackLinter.FindPacks(RepoPaths.Templates)) data.Add(Path.GetFileName(folder));
        return data;
    }

    [Fact]
    public void Both_shipped_packs_are_found()
    {
        Assert.Equal(["agent-loyalty-strategy", "sales-crm-responsibility"], PackLinter.FindPacks(RepoPaths.Templates).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Shipped_pack_lints_clean(string id)
    {
        var findings = PackLinter.Lint(Path.Combine(RepoPaths.Templates, id), LintFontOptions.Bundled);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Sample_pack_calling_a_host_function_lints_clean()
    {
        // fn.masked_id is registered by the sample's host program; lint renders it with a stand-in.
        var folder = Path.Combine(RepoPaths.Root, "samples", "CustomPack", "packs", "service-pledge");
        Assert.Contains("fn.masked_id", File.ReadAllText(Path.Combine(folder, "zh-Hans.scriban")));
        var findings = PackLinter.Lint(folder, LintFontOptions.Bundled);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Shipped_generated_edition_is_fresh(string id)
    {
        var folder = Path.Combine(RepoPaths.Templates, id);
        var source = TemplatePackSource.FromDirectory(RepoPaths.Templates);
        var pack = TemplatePack.Load(source, id, new AgreementKit.Diagnostics.DiagnosticBag())!;
        Assert.NotNull(pack.AuthoredLocale);
        var findings = GeneratedEditionCheck.Check(folder, pack.AuthoredLocale, pack.Locales, f => f).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
