using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using AgreementKit.Cli.Output;
using AgreementKit.Cli.Serve;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit serve [--port N] [--templates DIR] [--open]</c>: the web app for legal staff and HR on this
/// machine only. Another address needs <c>--host ADDR --token FILE</c>. Ctrl+C stops it and removes its
/// temporary files.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5170;

    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = $"The port (default {DefaultPort}; 0 lets the system pick a free one).", DefaultValueFactory = _ => DefaultPort };
        var host = new Option<string>("--host") { Description = "The address to listen on (default 127.0.0.1). Any address but loopback needs --token.", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<FileInfo?>("--token") { Description = "A file holding a secret (at least 16 characters) every request must carry; needed with --host." };
        var open = new Option<bool>("--open") { Description = "Open the app in the default browser." };
        var uploadLimit = new Option<int>("--upload-limit") { Description = "The largest batch upload in MB (default 50).", DefaultValueFactory = _ => 50 };
        var retention = new Option<int>("--retention") { Description = "Minutes an idle batch's files are kept before they are deleted (default 60).", DefaultValueFactory = _ => 60 };
        var jobs = new Option<int?>("--jobs") { Description = "Rows a batch renders at once (default: the number of processors)." };
        var templates = CommonOptions.Templates();
        var verbose = CommonOptions.Verbose();
        var command = new Command("serve", "Serve the web app: a form with a live preview for one agreement, and a batch page for HR.")
        {
            port, host, token, open, uploadLimit, retention, jobs, templates, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(verbose);
            var settings = Settings(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(token), parse.GetValue(templates),
                parse.GetValue(uploadLimit), parse.GetValue(retention), parse.GetValue(jobs));

            // Ctrl+C and SIGTERM stop the server here, cleanly, whatever the command line's own handling does.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stop.Cancel();
            }

            ServeHost server;
            try
            {
                server = await ServeHost.StartAsync(settings, console.Verbose, configure: null, stop.Token);
            }
            catch (IOException e)
            {
                console.Error.WriteLine($"agreementkit: serve: cannot listen on {settings.Address}:{settings.Port} ({e.Message}); choose another port with --port (0 lets the system pick one)");
                return CliApp.Failed;
            }

            await using (server)
            {
                var url = server.Url.ToString();
                console.Out.WriteLine($"agreementkit serve: {url} (Ctrl+C stops it)");
                if (settings.Token is not null)
                    console.Out.WriteLine($"agreementkit serve: every request needs the token; open {url}?token=<the secret in {parse.GetValue(token)!.Name}> once, the browser then keeps it");
                console.Out.Flush();
                if (parse.GetValue(open)) OpenBrowser(url, console);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop cleanly below.
                }
            }

            console.Out.WriteLine("agreementkit serve: stopped; temporary files removed");
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Checks the command line: loopback unless a token file gives the secret every request must carry.</summary>
    internal static ServeSettings Settings(string host, int port, FileInfo? tokenFile, DirectoryInfo? templates, int uploadLimitMb, int retentionMinutes, int? jobs)
    {
        var address = host.Trim() switch
        {
            "localhost" => IPAddress.Loopback,
            var text when IPAddress.TryParse(text.Trim('[', ']'), out var parsed) => parsed,
            _ => throw new UsageException($"--host: '{host}' is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0)"),
        };
        if (port is < 0 or > 65535) throw new UsageException($"--port: {port} is not a port (0–65535)");
        string? secret = null;
        if (tokenFile is not null)
        {
            if (!tokenFile.Exists) throw new UsageException($"--token: the file '{tokenFile.FullName}' does not exist");
            secret = File.ReadAllText(tokenFile.FullName).Trim();
            if (secret.Length < 16 || secret.Any(char.IsControl) || secret.Any(char.IsWhiteSpace))
                throw new UsageException("--token: the file must hold one secret of at least 16 characters without spaces (e.g. from 'openssl rand -hex 24')");
        }

        if (!IPAddress.IsLoopback(address) && secret is null)
            throw new UsageException($"--host {host} is not a loopback address: anyone who can reach this machine could use the app. Give --token FILE with a secret every request must carry, or leave --host out to serve on 127.0.0.1 only");
        if (templates is { Exists: false }) throw new UsageException($"--templates: the folder '{templates.FullName}' does not exist");
        if (uploadLimitMb is < 1 or > 2048) throw new UsageException($"--upload-limit: give 1 to 2048 MB, not {uploadLimitMb}");
        if (retentionMinutes is < 1 or > 7 * 24 * 60) throw new UsageException($"--retention: give 1 to 10080 minutes, not {retentionMinutes}");
        if (jobs is < 1) throw new UsageException($"--jobs: give at least 1, not {jobs}");
        return new ServeSettings(address, port, secret, templates?.FullName, uploadLimitMb * 1024L * 1024, TimeSpan.FromMinutes(retentionMinutes), jobs ?? Environment.ProcessorCount);
    }

    private static void OpenBrowser(string url, CliConsole console)
    {
        try
        {
            using var _ = Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            console.Error.WriteLine($"agreementkit serve: could not open a browser ({e.Message}); open {url} yourself");
        }
    }
}
