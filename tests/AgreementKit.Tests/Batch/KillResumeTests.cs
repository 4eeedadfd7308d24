using System.Diagnostics;
using AgreementKit.Tests.Cli;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

/// <summary>
/// The real crash: the CLI runs as a child process, is killed with SIGKILL part way, and <c>--resume</c>
/// must leave the folder exactly as an uninterrupted run does (promises R13, R15).
/// </summary>
public sealed class KillResumeTests
{
    private const int Rows = 60;

    [Fact]
    public void Kill_minus_nine_then_resume_equals_an_uninterrupted_run()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = HrCsv(dir.Path, Rows);
        var map = dir.Write("map.json", Newtonsoft.Json.JsonConvert.SerializeObject(HrMap));
        string[] Args(string output) => ["batch", Crm, "--data", csv, "--map", map, "--defaults", defaults, "--out", output, "--format", "docx", "--quiet"];

        var full = CliRun.Of(Args(dir["full"]));
        Assert.True(full.ExitCode == 0, full.Error);

        using (var child = Start([.. Args(dir["out"]), "--jobs", "1"]))
        {
            var deadline = Stopwatch.StartNew();
            while (Documents(dir["out"]) < 5 && !child.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3)) Thread.Sleep(20);
            Assert.False(child.HasExited, "the batch ended before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var killedAt = Documents(dir["out"]);
        Assert.InRange(killedAt, 5, Rows - 1);

        var resumed = CliRun.Of([.. Args(dir["out"]), "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Equal(Digest(dir["full"]), Digest(dir["out"]));
        Assert.Equal(Rows, Documents(dir["out"]));
        Assert.DoesNotContain(Directory.EnumerateFiles(dir["out"]), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static int Documents(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.docx").Count() : 0;

    private static Process Start(string[] args)
    {
        // The CLI project is referenced by the tests, so its dll and runtimeconfig sit beside them.
        var cli = Path.Combine(AppContext.BaseDirectory, "AgreementKit.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cli);
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
