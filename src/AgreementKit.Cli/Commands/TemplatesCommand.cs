using System.CommandLine;
using AgreementKit.Cli.Output;

namespace AgreementKit.Cli.Commands;

/// <summary><c>agreementkit templates</c>: the packs and their locales.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var templates = CommonOptions.Templates();
        var command = new Command("templates", "List the template packs and their locales.") { templates };
        command.SetAction(parse =>
        {
            var engine = CommonOptions.Engine(parse.GetValue(templates));
            foreach (var pack in engine.Packs)
            {
                var title = pack.Titles.TryGetValue(pack.Locales[0], out var t) ? t : pack.Titles.Values.FirstOrDefault() ?? "";
                console.Out.WriteLine($"{pack.Id}\t{pack.Version}\t{string.Join(",", pack.Locales)}\t{title}");
            }

            return CliApp.Success;
        });
        return command;
    }
}
