using System.CommandLine;
using AgreementKit.Cli.Output;

namespace AgreementKit.Cli.Commands;

/// <summary><c>agreementkit validate ID --params FILE</c>: every problem of a parameter file, located; renders nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var id = CommonOptions.PackId();
        var file = new Option<FileInfo?>("--params") { Description = "The parameter file (JSON, UTF-8)." };
        var locale = CommonOptions.Locale();
        var templates = CommonOptions.Templates();
        var command = new Command("validate", "Check a parameter file against a pack's schema and rules.") { id, file, locale, templates };
        command.SetAction(parse =>
        {
            var engine = CommonOptions.Engine(parse.GetValue(templates));
            var pack = PackLookup.Find(engine, parse.GetValue(id)!, console);
            var chosen = pack is null ? null : PackLookup.Locale(pack, parse.GetValue(locale), console);
            if (pack is null || chosen is null) return CliApp.Failed;
            var parameters = ParameterInput.Read(pack, chosen, parse.GetValue(file), example: false, console);
            if (parameters is null) return CliApp.Failed;
            var result = engine.Validate(pack.Id, parameters);
            console.Print(result.Diagnostics);
            if (!result.IsValid) return CliApp.Failed;
            console.Error.WriteLine($"{parameters.SourceName}: valid for {pack.Id}{(result.Diagnostics.Count > 0 ? $" ({result.Diagnostics.Count} warnings)" : "")}");
            return CliApp.Success;
        });
        return command;
    }
}
