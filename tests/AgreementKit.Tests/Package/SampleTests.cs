using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Package;

/// <summary>The samples build with the solution; these tests keep them and the README honest.</summary>
public sealed class SampleTests
{
    [Fact]
    public void The_readme_quick_start_is_the_quick_start_sample()
    {
        var sample = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "QuickStart", "Program.cs")).ReplaceLineEndings("\n");
        Assert.Equal(sample, PackageConsumptionTests.ReadmeQuickStart().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_custom_pack_sample_renders_its_own_pack_with_its_own_function()
    {
        using var dir = new Cli.TempFolder();
        var project = Path.Combine(RepoPaths.Root, "samples", "CustomPack");
        var (code, output) = ProcessRunner.Run("dotnet", $"run --project \"{project}\" -- \"{dir.Path}\"", dir.Path, TimeSpan.FromMinutes(5));
        Assert.True(code == 0, output);
        Assert.Contains("本人林晓雨（身份证号码**************1234）", output);
        Assert.Contains("第一章 服务承诺", output);
        Assert.Contains("不因已履行第一章约定的服务承诺而免除", output);
        Assert.True(File.Exists(dir["service-pledge.docx"]) && File.Exists(dir["service-pledge.pdf"]));
    }

    [Fact]
    public void The_custom_writer_sample_adds_a_format_the_engine_lists_and_writes()
    {
        using var dir = new Cli.TempFolder();
        var project = Path.Combine(RepoPaths.Root, "samples", "CustomWriter");
        var (code, output) = ProcessRunner.Run("dotnet", $"run --project \"{project}\" -- \"{dir.Path}\"", dir.Path, TimeSpan.FromMinutes(5));
        Assert.True(code == 0, output);
        Assert.Contains("formats: docx, pdf, html, md, txt, outline", output);
        AssertOutline(dir["agreement.outline.json"]);
    }

    /// <summary>The outline the sample writer writes: every chapter with its clauses, numbered by the model.</summary>
    internal static void AssertOutline(string path)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        Assert.StartsWith("第一章 ", sections[0].GetProperty("heading").GetString());
        Assert.Equal("1.1", sections[0].GetProperty("clauses")[0].GetProperty("number").GetString());
        Assert.Contains(sections, s => s.GetProperty("heading").GetString()!.StartsWith("第十四章 ", StringComparison.Ordinal));
    }
}
