using System.CommandLine;
using AgreementKit.Cli.Output;
using AgreementKit.Comparison;
using AgreementKit.Diagnostics;
using AgreementKit.Model;
using AgreementKit.Writers;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit diff OLD NEW --out FILE</c>: a redline DOCX with tracked changes, or a Markdown or HTML
/// change report, from two generated documents (their records) or two parameter files with <c>--pack</c>.
/// Prints one summary line: clauses added, removed, changed and moved.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var oldFile = new Argument<FileInfo>("old") { Description = "Last version: a DOCX or PDF AgreementKit generated, or a parameter file (with --pack)." };
        var newFile = new Argument<FileInfo>("new") { Description = "New version, the same kinds." };
        var output = new Option<string>("--out") { Description = "The redline or report to write.", Required = true };
        var format = new Option<string?>("--format") { Description = "docx (tracked changes, the default), md or html (change report); by default taken from --out's extension." };
        var pack = new Option<string?>("--pack") { Description = "The pack to render parameter files with." };
        var locale = CommonOptions.Locale();
        var templates = CommonOptions.Templates();
        var verbose = CommonOptions.Verbose();
        var command = new Command("diff", "Compare two agreements: a DOCX with tracked changes, or a change report.") { oldFile, newFile, output, format, pack, locale, templates, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(verbose);
            var outPath = Path.GetFullPath(parse.GetValue(output)!);
            var formatId = parse.GetValue(format) ?? FromExtension(outPath);
            var comparer = new AgreementComparer();
            if (!comparer.Writers.Any(w => string.Equals(w.FormatId, formatId, StringComparison.OrdinalIgnoreCase) || formatId.Equals("markdown", StringComparison.OrdinalIgnoreCase)))
                throw new UsageException($"--format: unknown format '{formatId}' ({string.Join(", ", comparer.Writers.Select(w => w.FormatId))})");
            var folder = Path.GetDirectoryName(outPath);
            if (folder is not null && !Directory.Exists(folder)) throw new UsageException($"--out: the folder '{folder}' does not exist");

            var engine = new Lazy<AgreementEngine>(() => CommonOptions.Engine(parse.GetValue(templates)));
            var old = await Load(parse.GetValue(oldFile)!, parse.GetValue(pack), parse.GetValue(locale), engine, console, cancellationToken);
            var @new = await Load(parse.GetValue(newFile)!, parse.GetValue(pack), parse.GetValue(locale), engine, console, cancellationToken);
            if (old is null || @new is null) return CliApp.Failed;

            var comparison = comparer.Compare(old, @new);
            try
            {
                AtomicFile.Write(outPath, comparer.WriteToArray(comparison, formatId, cancellationToken));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"{outPath}: error {DiagnosticCodes.WriteFailed}: cannot write the file ({e.Message})");
                return CliApp.Failed;
            }

            console.Out.WriteLine($"{parse.GetValue(oldFile)!.Name} → {parse.GetValue(newFile)!.Name}: {comparison.Summary}");
            console.Error.WriteLine($"wrote {outPath}");
            return CliApp.Success;
        });
        return command;
    }

    private static string FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "md",
        ".html" or ".htm" => "html",
        _ => "docx",
    };

    private static async Task<Agreement?> Load(FileInfo file, string? packId, string? locale, Lazy<AgreementEngine> engine, CliConsole console, CancellationToken cancellationToken)
    {
        if (DocumentInput.IsDocument(file)) return DocumentInput.Read(file, console)?.Agreement;
        if (packId is null) throw new UsageException($"'{file}' is a parameter file: give --pack ID to render it (or compare two generated DOCX files)");
        var pack = PackLookup.Find(engine.Value, packId, console);
        if (pack is null) return null;
        var chosen = PackLookup.Locale(pack, locale, console);
        if (chosen is null) return null;
        var parameters = ParameterInput.Read(pack, chosen, file, example: false, console);
        if (parameters is null) return null;
        var result = await engine.Value.TryAssembleAsync(pack.Id, parameters, chosen, cancellationToken);
        console.Print(result.Diagnostics);
        return result.Agreement;
    }
}
