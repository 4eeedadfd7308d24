using System.Text.RegularExpressions;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Package;

/// <summary>
/// Proves the packages work as consumed: both are packed from a copy of the sources, the library is
/// installed from a local feed into a fresh console app that runs the README's quick start as written,
/// and the tool is installed into a fresh tool path and renders DOCX and PDF. Slow (a few minutes): it is
/// what a user does after <c>dotnet add package AgreementKit</c> / <c>dotnet tool install</c>.
/// </summary>
public sealed partial class PackageConsumptionTests
{
    [Fact]
    public void Packed_library_and_tool_install_from_a_local_feed_and_produce_docx_pdf_and_a_host_format()
    {
        using var work = new Cli.TempFolder();
        var source = Path.Combine(work.Path, "src");
        CopySources(RepoPaths.Root, source);
        // A version of its own so the NuGet cache never serves an older package of the same number.
        var version = $"0.1.0-consumption.{Guid.NewGuid():N}"[..32];
        try
        {
            var feed = Path.Combine(work.Path, "feed");
            Dotnet($"pack -c Release -o \"{feed}\" -p:Version={version}", source);
            Assert.True(File.Exists(Path.Combine(feed, $"AgreementKit.{version}.nupkg")), "no AgreementKit package");
            Assert.True(File.Exists(Path.Combine(feed, $"AgreementKit.Cli.{version}.nupkg")), "no AgreementKit.Cli package");

            var app = Path.Combine(work.Path, "app");
            Directory.CreateDirectory(app);
            Dotnet("new console --force", app);
            Dotnet($"add package AgreementKit --version {version} --source \"{feed}\"", app);
            File.WriteAllText(Path.Combine(app, "Program.cs"), ReadmeQuickStart());
            Dotnet("run", app);
            Assert.True(new FileInfo(Path.Combine(app, "agreement.docx")).Length > 10_000, "the quick start wrote no DOCX");
            Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(app, "agreement.pdf"))[..5]);

            // A host-registered writer (samples/CustomWriter) builds and runs against the package as published.
            var writerApp = Path.Combine(work.Path, "writer");
            Directory.CreateDirectory(writerApp);
            Dotnet("new console --force", writerApp);
            Dotnet($"add package AgreementKit --version {version} --source \"{feed}\"", writerApp);
            File.Copy(Path.Combine(RepoPaths.Root, "samples", "CustomWriter", "Program.cs"), Path.Combine(writerApp, "Program.cs"), overwrite: true);
            Dotnet("run -- out", writerApp);
            SampleTests.AssertOutline(Path.Combine(writerApp, "out", "agreement.outline.json"));

            var tools = Path.Combine(work.Path, "tools");
            Dotnet($"tool install AgreementKit.Cli --version {version} --tool-path \"{tools}\" --add-source \"{feed}\"", work.Path);
            var output = Path.Combine(work.Path, "out");
            var (code, text) = ProcessRunner.Run(Path.Combine(tools, "agreementkit"), $"render agent-loyalty-strategy --example --format docx,pdf --out \"{output}\"");
            Assert.True(code == 0, text);
            Assert.True(File.Exists(Path.Combine(output, "agent-loyalty-strategy.docx")), text);
            Assert.True(File.Exists(Path.Combine(output, "agent-loyalty-strategy.pdf")), text);
        }
        finally
        {
            // Each run restores its own version into the machine's NuGet cache (70 MB of fonts); left there,
            // runs piled up gigabytes on a developer's disk.
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                ? packages
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var id in new[] { "agreementkit", "agreementkit.cli" })
            {
                var folder = Path.Combine(cache, id, version);
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The first C# block of the README: the quick start users copy.</summary>
    internal static string ReadmeQuickStart()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var match = CSharpBlock().Match(readme);
        Assert.True(match.Success, "README.md has no ```csharp block");
        return match.Groups[1].Value;
    }

    private static void Dotnet(string arguments, string directory)
    {
        var (code, output) = ProcessRunner.Run("dotnet", arguments, directory, TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
        Assert.True(code == 0, $"dotnet {arguments} failed:\n{output}");
    }

    private static void CopySources(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, dir);
            if (Skip(relative)) continue;
            Directory.CreateDirectory(Path.Combine(to, relative));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (Skip(relative)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static bool Skip(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "TestResults" or "BenchmarkDotNet.Artifacts");

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
