using System.CommandLine;
using AgreementKit.Cli.Output;
using AgreementKit.Lint;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit lint PACK-DIR</c>: the template author's preflight. Checks one pack folder (or every pack
/// in a folder of packs) and prints each problem compiler style, <c>file(line,col): error AKxxxx: message</c>.
/// Any finding fails the run (exit 1), so CI stops on an unused field as surely as on a syntax error.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("pack-dir") { Description = "A pack folder (with manifest.json), or a folder of pack folders." };
        var fonts = new Option<FileInfo[]>("--font") { Description = "Font file(s) to check characters against instead of the bundled Noto CJK: the first is the body font, a second the heading font.", AllowMultipleArgumentsPerToken = false };
        var systemFonts = new Option<bool>("--system-fonts") { Description = "Count characters the fonts installed on this machine can draw as drawable." };
        var verbose = CommonOptions.Verbose();
        var command = new Command("lint", "Check template packs: syntax, variables against the schema, unused fields, cross references, undrawable characters, the examples.")
        {
            folder, fonts, systemFonts, verbose,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(verbose);
            var directory = parse.GetValue(folder)!;
            if (!directory.Exists) throw new UsageException($"lint: the folder '{directory.FullName}' does not exist");
            var packs = PackLinter.FindPacks(directory.FullName);
            if (packs.Count == 0) throw new UsageException($"lint: '{directory.FullName}' is not a pack folder (no manifest.json) and holds no pack folders");
            var fontFiles = parse.GetValue(fonts) ?? [];
            var fontChoice = FontChoice.From(fontFiles, parse.GetValue(systemFonts));
            var options = new LintFontOptions([.. fontFiles.Select(f => f.FullName)], fontChoice.UseSystemFonts);

            var failed = false;
            foreach (var pack in packs)
            {
                var diagnostics = PackLinter.Lint(pack, options, cancellationToken);
                foreach (var diagnostic in diagnostics) console.Error.WriteLine(diagnostic.ToString());
                var errors = diagnostics.Count(d => d.IsError);
                var warnings = diagnostics.Count - errors;
                console.Error.WriteLine(diagnostics.Count == 0 ? $"{pack}: clean" : $"{pack}: {errors} errors, {warnings} warnings");
                failed |= diagnostics.Count > 0;
            }

            return Task.FromResult(failed ? CliApp.Failed : CliApp.Success);
        });
        return command;
    }
}
