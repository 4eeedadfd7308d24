using System.Text.RegularExpressions;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Architecture;

/// <summary>
/// The pipeline runs one way: parameters → templates → model → writers, and the layout engine knows nothing
/// about agreements. A stage's folder may name the stages before it, never one after it. Checked on the
/// sources (every <c>using</c> and qualified name), so the rule is visible where it would be broken.
/// </summary>
public sealed partial class StageDependencyTests
{
    private static readonly string[] Order = ["Diagnostics", "Chinese", "Parameters", "Markup", "Templates", "Model", "Layout", "Backends", "Writers", "Comparison", "Batch", "Renewal"];

    public static TheoryData<string, string> ForbiddenEdges()
    {
        var data = new TheoryData<string, string>();
        for (var i = 0; i < Order.Length; i++)
        for (var j = i + 1; j < Order.Length; j++)
            data.Add(Order[i], Order[j]);
        data.Add("Layout", "Model");
        data.Add("Layout", "Templates");
        data.Add("Layout", "Parameters");
        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenEdges))]
    public void A_stage_never_uses_a_later_stage(string stage, string later)
    {
        var offenders = Sources(stage)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => Regex.IsMatch(x.line, $@"\bAgreementKit\.{later}\b"))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void The_model_does_not_know_scriban_or_the_file_formats()
    {
        var offenders = Sources("Model")
            .Where(f => File.ReadAllText(f) is var t && (t.Contains("using Scriban", StringComparison.Ordinal) || t.Contains("DocumentFormat.OpenXml", StringComparison.Ordinal) || t.Contains("SkiaSharp", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Only_the_canvas_and_font_loading_touch_skia()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "AgreementKit"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("using SkiaSharp", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.Root, "src", "AgreementKit"), f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Backends/Pdf/", StringComparison.Ordinal) && !f.StartsWith("Layout/Fonts/", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<string> Sources(string stage)
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "AgreementKit", stage);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories) : [];
    }
}
