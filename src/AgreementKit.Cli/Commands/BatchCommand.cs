using System.CommandLine;
using AgreementKit.Batch;
using AgreementKit.Cli.Output;
using AgreementKit.Diagnostics;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit batch ID --data FILE --out DIR</c>: one agreement per row of a CSV, JSONL or XLSX file,
/// with per-row error reports, a manifest for <c>--resume</c>, shards for cluster jobs and a progress bar.
/// Exit code 1 when any row failed (the others are still produced), 2 for a wrong command line.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var id = CommonOptions.PackId();
        var data = new Option<FileInfo>("--data") { Description = "The rows: .csv (UTF-8, header row), .jsonl or .xlsx (first sheet).", Required = true };
        var defaults = new Option<FileInfo?>("--defaults") { Description = "A parameter file laid under every row (company, targets, term…)." };
        var map = new Option<FileInfo?>("--map") { Description = "A JSON object from column header to parameter path, e.g. {\"姓名\": \"salesperson.name\"}." };
        var ignore = new Option<string[]>("--ignore-column") { Description = "A column to leave out, as if the file did not have it (e.g. 部门编码); repeat for several. JSON Lines: a top-level key.", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "The output folder (created when missing); nothing is written elsewhere.", Required = true };
        var name = new Option<string>("--name") { Description = "File name pattern: parameter paths in braces, {row} for the row number.", DefaultValueFactory = _ => "{contract.number}" };
        var formats = new Option<string>("--format") { Description = "Comma-separated: docx, pdf, html, md, txt.", DefaultValueFactory = _ => "docx" };
        var locale = CommonOptions.Locale();
        var jobs = new Option<int?>("--jobs") { Description = "Rows rendered at once (default: the number of processors)." };
        var resume = new Option<bool>("--resume") { Description = "Keep the rows a previous run of this batch finished (checked by hash); redo the rest." };
        var shard = new Option<string?>("--shard") { Description = "Process part K of N of the rows (e.g. 2/3); a Kubernetes Indexed Job's JOB_COMPLETION_INDEX/JOB_COMPLETIONS choose it when not given." };
        var check = new Option<bool>("--check") { Description = "Validate every row and write only errors.csv/errors.jsonl." };
        var encoding = new Option<string?>("--encoding") { Description = "The CSV encoding when not UTF-8: gb18030 (GBK files from Excel on Chinese Windows)." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress and no summary; errors still go to errors.csv." };
        var rendering = new RenderingOptions();
        var verbose = CommonOptions.Verbose();
        var command = new Command("batch", "Render one agreement per row of a CSV, JSONL or XLSX file.")
        {
            id, data, defaults, map, ignore, output, name, formats, locale, jobs, resume, shard, check, encoding, quiet,
        };
        foreach (var option in rendering.All) command.Options.Add(option);
        command.Options.Add(verbose);
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(verbose);
            var engine = rendering.Engine(parse);
            var options = new BatchOptions
            {
                PackId = parse.GetValue(id)!,
                DataFile = parse.GetValue(data)!.FullName,
                OutputFolder = parse.GetValue(output)!,
                DefaultsFile = parse.GetValue(defaults)?.FullName,
                NamePattern = parse.GetValue(name)!,
                Formats = FormatList.Parse(parse.GetValue(formats)!, engine).Select(w => w.FormatId).ToList(),
                Locale = parse.GetValue(locale),
                MaxParallelism = RunArguments.Jobs(parse.GetValue(jobs)),
                Resume = parse.GetValue(resume),
                Shard = RunArguments.Shard(parse.GetValue(shard)),
                CheckOnly = parse.GetValue(check),
                Encoding = parse.GetValue(encoding),
                IgnoreColumns = parse.GetValue(ignore) is { Length: > 0 } ignored ? ignored : null,
            };
            if (options.CheckOnly && options.Resume) throw new UsageException("--check and --resume do not go together: a check writes no documents to resume");

            var summary = await RunArguments.Reporting(console, async () =>
            {
                if (parse.GetValue(map) is { } mapFile) options = options with { ColumnMap = BatchMapFile.Read(mapFile.FullName) };
                var display = BatchProgressDisplay.For(console, parse.GetValue(quiet));
                return await display.ShowWhile(progress => new BatchRunner(engine).RunAsync(options, progress, cancellationToken));
            });
            if (summary is null) return CliApp.Failed;

            if (!parse.GetValue(quiet)) BatchSummaryPrinter.Print(console, summary, options.CheckOnly, options.DataFile);
            return summary.Succeeded ? CliApp.Success : CliApp.Failed;
        });
        return command;
    }
}
