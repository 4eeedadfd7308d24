using System.CommandLine;
using AgreementKit.Cli.Output;

namespace AgreementKit.Cli.Commands;

/// <summary>Every command of the CLI.</summary>
internal static class CommandSet
{
    public static IEnumerable<Command> All(CliConsole console) =>
    [
        TemplatesCommand.Create(console),
        ExampleCommand.Create(console),
        SchemaCommand.Create(console),
        ValidateCommand.Create(console),
        RenderCommand.Create(console),
        BatchCommand.Create(console),
        ParamsCommand.Create(console),
        DiffCommand.Create(console),
        RenewCommand.Create(console),
        LintCommand.Create(console),
        ServeCommand.Create(console),
    ];
}
