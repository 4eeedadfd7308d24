using AgreementKit.Cli;

namespace AgreementKit.Tests.Cli;

/// <summary>Runs the CLI in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(args, stdout, stderr, CancellationToken.None).GetAwaiter().GetResult();
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
