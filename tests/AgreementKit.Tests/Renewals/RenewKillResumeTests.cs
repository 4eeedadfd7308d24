using System.Diagnostics;
using AgreementKit.Tests.Cli;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Renewals;

/// <summary>
/// The renewal at scale: a 1,000-row batch produced by <c>batch</c> is renewed into 1,000
/// agreements, 1,000 redlines and changes.csv; a renewal killed with SIGKILL and resumed ends
/// byte-identical to an uninterrupted one.
/// </summary>
public sealed class RenewKillResumeTests
{
    private const int Rows = 1_000;

    [Fact]
    public void A_thousand_agreements_renewed_and_a_killed_renewal_resumed_equal_an_uninterrupted_one()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = HrCsv(dir.Path, Rows);
        var batch = Run(Options(csv, dir["y2025"], defaults, HrMap));
        Assert.Equal(Rows, batch.Done);
        string[] Args(string output) => ["renew", Crm, "--from", dir["y2025"], "--out", output, "--sign-date", "2025-12-26", "--number", "HT-{year}-{seq:0000}", "--quiet"];

        var full = CliRun.Of(Args(dir["full"]));
        Assert.True(full.ExitCode == 0, full.Error);
        Assert.Equal(Rows, Directory.EnumerateFiles(dir["full"], "*.redline.docx").Count());
        Assert.Equal(2 * Rows, Directory.EnumerateFiles(dir["full"], "*.docx").Count());
        Assert.Equal(Rows + 1, File.ReadAllLines(dir["full/changes.csv"]).Length);

        using (var child = Start([.. Args(dir["out"]), "--jobs", "1"]))
        {
            var deadline = Stopwatch.StartNew();
            while (Redlines(dir["out"]) < 10 && !child.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(5)) Thread.Sleep(20);
            Assert.False(child.HasExited, "the renewal ended before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.InRange(Redlines(dir["out"]), 10, Rows - 1);
        var resumed = CliRun.Of([.. Args(dir["out"]), "--resume"]);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Equal(Digest(dir["full"]), Digest(dir["out"]));
        Assert.DoesNotContain(Directory.EnumerateFiles(dir["out"]), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static int Redlines(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.redline.docx").Count() : 0;

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AgreementKit.Cli.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
