using System.CommandLine;
using AgreementKit.Cli.Output;

namespace AgreementKit.Cli.Commands;

/// <summary><c>agreementkit example ID [--locale L]</c>: a complete parameter file to start from.</summary>
internal static class ExampleCommand
{
    public static Command Create(CliConsole console)
    {
        var id = CommonOptions.PackId();
        var locale = CommonOptions.Locale();
        var templates = CommonOptions.Templates();
        var command = new Command("example", "Print the example parameters of a pack (JSON).") { id, locale, templates };
        command.SetAction(parse =>
        {
            var engine = CommonOptions.Engine(parse.GetValue(templates));
            var pack = PackLookup.Find(engine, parse.GetValue(id)!, console);
            if (pack is null) return CliApp.Failed;
            var chosen = PackLookup.Locale(pack, parse.GetValue(locale), console);
            if (chosen is null) return CliApp.Failed;
            var example = pack.GetExample(chosen);
            if (example is null)
            {
                console.Error.WriteLine($"agreementkit: pack '{pack.Id}' has no example for {chosen}");
                return CliApp.Failed;
            }

            console.Out.Write(example.EndsWith('\n') ? example : example + "\n");
            return CliApp.Success;
        });
        return command;
    }
}
