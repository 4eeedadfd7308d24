using System.Diagnostics;
using System.Net;
using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Http;

/// <summary>
/// <c>agreementkit serve</c> as a user starts it, in its own process: it prints its URL, listens on loopback
/// only, and Ctrl+C (SIGINT) stops it with exit code 0 and its temporary folder removed — also when a script
/// started it in the background, where the shell leaves SIGINT ignored.
/// </summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Ctrl_c_stops_the_server_cleanly_and_removes_its_temporary_files()
    {
        using var temp = new TempFolder();
        var cli = Path.Combine(AppContext.BaseDirectory, "AgreementKit.Cli.dll");
        // Started by a shell in the background, as a script would: SIGINT arrives ignored. The shell says the pid.
        var start = new ProcessStartInfo("/bin/sh", ["-c", "dotnet \"$0\" serve --port 0 < /dev/null & echo \"pid $!\"; wait $!", cli])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = temp.Path;
        using var shell = Process.Start(start)!;
        var pid = (await shell.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)))!["pid ".Length..];
        var line = await shell.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.NotNull(line);
        var url = new Uri(System.Text.RegularExpressions.Regex.Match(line!, @"http://127\.0\.0\.1:\d+/").Value);

        using (var client = new AppClient(url))
        {
            await client.OpenAsync("batch/zh-Hans");
            var upload = await client.UploadAsync("sales-crm-responsibility", ("data", "reps.csv", "contract.number\nHT-1\n"u8.ToArray()));
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        Assert.Single(Directory.GetDirectories(temp.Path, "agreementkit-serve-*"));
        using (var kill = Process.Start("kill", ["-INT", pid])) await kill.WaitForExitAsync();
        await shell.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, shell.ExitCode);
        Assert.Contains("stopped", await shell.StandardOutput.ReadToEndAsync());
        Assert.Empty(Directory.GetDirectories(temp.Path, "agreementkit-serve-*"));
    }
}
