using System.CommandLine;
using AgreementKit.Cli.Output;

namespace AgreementKit.Cli.Commands;

internal static class RenewCommand
{
    public static Command Create(CliConsole console) => new("renew", "Renew last year's agreements (not yet).");
}
