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
}
