using System.CommandLine;
using AgreementKit.Cli.Output;

namespace AgreementKit.Cli.Commands;

/// <summary><c>agreementkit schema ID</c>: the JSON Schema of a pack's parameters.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var id = CommonOptions.PackId();
        var templates = CommonOptions.Templates();
        var command = new Command("schema", "Print the JSON Schema of a pack's parameters.") { id, templates };
        command.SetAction(parse =>
        {
            var pack = PackLookup.Find(CommonOptions.Engine(parse.GetValue(templates)), parse.GetValue(id)!, console);
            if (pack is null) return CliApp.Failed;
            console.Out.Write(pack.SchemaJson.EndsWith('\n') ? pack.SchemaJson : pack.SchemaJson + "\n");
            return CliApp.Success;
        });
        return command;
    }
}
