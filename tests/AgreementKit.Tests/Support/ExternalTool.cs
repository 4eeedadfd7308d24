using System.Diagnostics;

namespace AgreementKit.Tests.Support;

/// <summary>
/// Runs a command-line checker (qpdf, pdffonts). A missing tool fails the test, on CI and locally alike:
/// a check that silently does not run proves nothing.
/// </summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        var ci = Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true)" : "";
        Assert.True(path is not null, $"'{tool}' is not installed{ci}; install qpdf and poppler-utils (apt-get install qpdf poppler-utils).");
        var info = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
