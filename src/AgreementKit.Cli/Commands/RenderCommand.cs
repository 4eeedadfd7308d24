using System.CommandLine;
using AgreementKit.Cli.Output;
using AgreementKit.Diagnostics;
using AgreementKit.Writers;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit render ID (--params FILE | --example) --out PATH</c>: one agreement in one or more formats.
/// Every format is produced in memory first, so a failure in any of them writes no file at all.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var id = CommonOptions.PackId();
        var file = new Option<FileInfo?>("--params") { Description = "The parameter file (JSON, UTF-8), or a DOCX or PDF AgreementKit generated (its parameters and locale are used)." };
        var example = new Option<bool>("--example") { Description = "Use the pack's example parameters." };
        var locale = CommonOptions.Locale();
        var formats = new Option<string>("--format") { Description = "Comma-separated: docx, pdf, html, md, txt, and any format a host registers.", DefaultValueFactory = _ => "docx" };
        var output = new Option<string>("--out") { Description = "The output file (one format) or folder (several formats).", Required = true };
        var rendering = new RenderingOptions();
        var verbose = CommonOptions.Verbose();
        var command = new Command("render", "Render one agreement.") { id, file, example, locale, formats, output };
        foreach (var option in rendering.All) command.Options.Add(option);
        command.Options.Add(verbose);
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(verbose);
            var engine = rendering.Engine(parse);
            var chosenFormats = FormatList.Parse(parse.GetValue(formats)!, engine);
            var pack = PackLookup.Find(engine, parse.GetValue(id)!, console);
            if (pack is null) return CliApp.Failed;
            // A previous agreement (DOCX or PDF) gives its parameters, and its locale unless --locale says otherwise.
            AgreementRecord? previous = null;
            if (parse.GetValue(file) is { } source && DocumentInput.IsDocument(source))
            {
                if (parse.GetValue(example)) throw new UsageException("give either --params FILE or --example, not both");
                previous = DocumentInput.Read(source, console);
                if (previous is null) return CliApp.Failed;
                if (previous.PackId != pack.Id)
                {
                    console.Error.WriteLine($"{source}: error {DiagnosticCodes.RecordPackMismatch}: the agreement was made with pack '{previous.PackId}', not '{pack.Id}'; render it with 'agreementkit render {previous.PackId} --params {source}'");
                    return CliApp.Failed;
                }
            }

            var chosenLocale = PackLookup.Locale(pack, parse.GetValue(locale) ?? previous?.Locale, console);
            if (chosenLocale is null) return CliApp.Failed;
            var parameters = previous?.ToParameters(parse.GetValue(file)!.ToString())
                ?? ParameterInput.Read(pack, chosenLocale, parse.GetValue(file), parse.GetValue(example), console);
            if (parameters is null) return CliApp.Failed;

            var targets = OutputTargets.Resolve(parse.GetValue(output)!, chosenFormats, pack.Id);
            var result = await engine.TryAssembleAsync(pack.Id, parameters, chosenLocale, cancellationToken);
            console.Print(result.Diagnostics);
            if (result.Agreement is null) return CliApp.Failed;

            var documents = new List<(string Path, byte[] Bytes)>();
            foreach (var (format, path) in targets)
            {
                try
                {
                    documents.Add((path, await engine.WriteToArrayAsync(result.Agreement, format.FormatId, cancellationToken)));
                }
                catch (AgreementKitException e)
                {
                    console.Print(e.Diagnostics);
                    return CliApp.Failed;
                }
            }

            foreach (var (path, bytes) in documents)
            {
                try
                {
                    AtomicFile.Write(path, bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"{path}: error {DiagnosticCodes.WriteFailed}: cannot write the file ({e.Message})");
                    return CliApp.Failed;
                }

                console.Error.WriteLine($"wrote {path}");
            }

            return CliApp.Success;
        });
        return command;
    }
}
