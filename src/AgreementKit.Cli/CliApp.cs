using System.CommandLine;
using AgreementKit.Cli.Commands;
using AgreementKit.Cli.Output;
using AgreementKit.Diagnostics;

namespace AgreementKit.Cli;

/// <summary>
/// The agreementkit command line, runnable in-process: tests call <see cref="RunAsync"/> with their own
/// writers and read the exit code and output. Exit codes: 0 success, 1 input or template failed, 2 usage.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("agreementkit: Chinese agreements from JSON parameters, as DOCX, PDF, HTML, Markdown and text.");
        foreach (var command in CommandSet.All(console)) root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"agreementkit: {error.Message}");
            stderr.WriteLine("Run 'agreementkit --help' (or 'agreementkit <command> --help') for usage.");
            return Usage;
        }

        if (parse.CommandResult.Command == root && args.Length == 0)
        {
            stderr.WriteLine("agreementkit: a command is required (templates, example, schema, validate, render, batch, params, diff, renew, lint, serve).");
            stderr.WriteLine("Run 'agreementkit --help' for usage.");
            return Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("agreementkit: cancelled.");
            return Failed;
        }
        catch (AgreementKitException e)
        {
            // A broken pack in --templates, or a font file that cannot be opened: located problems, not a crash.
            console.Print(e.Diagnostics);
            return Failed;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"agreementkit: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (!console.Verbose)
        {
            // A bug, not bad input: say so plainly; --verbose shows the stack trace.
            stderr.WriteLine($"agreementkit: internal error: {e.Message} (run with --verbose for details)");
            return Failed;
        }
    }
}
