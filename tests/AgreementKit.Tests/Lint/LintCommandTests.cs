using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Lint;

/// <summary><c>agreementkit lint</c>: compiler-style lines, exit 0 clean, 1 findings, 2 usage.</summary>
public sealed class LintCommandTests
{
    [Fact]
    public void Lint_of_the_shipped_packs_folder_exits_0()
    {
        var run = CliRun.Of("lint", RepoPaths.Templates);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(2, run.Error.Split('\n').Count(l => l.EndsWith(": clean", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_finding_prints_file_line_column_code_and_exits_1()
    {
        using var pack = new PackCopy("sales-crm-responsibility");
        pack.Replace("zh-Hant.scriban", "{{ company.name }}", "{{ company.nam }}");
        var (line, column) = pack.Find("zh-Hant.scriban", "company.nam }}");
        var run = CliRun.Of("lint", pack.Folder);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{pack["zh-Hant.scriban"]}({line},{column}): error AK2301: 'company.nam' is not in schema.json", run.Error);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        using var empty = new TempFolder();
        Assert.Equal(2, CliRun.Of("lint").ExitCode);
        Assert.Equal(2, CliRun.Of("lint", empty["missing"]).ExitCode);
        var noPacks = CliRun.Of("lint", empty.Path);
        Assert.Equal(2, noPacks.ExitCode);
        Assert.Contains("no manifest.json", noPacks.Error);
        var noFont = CliRun.Of("lint", RepoPaths.Templates, "--font", empty["missing.otf"]);
        Assert.Equal(2, noFont.ExitCode);
        Assert.Contains("--font", noFont.Error);
    }
}
