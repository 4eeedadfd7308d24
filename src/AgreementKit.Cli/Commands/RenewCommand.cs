using System.CommandLine;
using System.Globalization;
using AgreementKit.Batch;
using AgreementKit.Cli.Output;
using AgreementKit.Diagnostics;
using AgreementKit.Renewals;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// <c>agreementkit renew ID --from DIR|manifest.jsonl --out DIR</c>: this year's agreements from last
/// year's, each with a redline against its predecessor, and <c>changes.csv</c>. Runs like a batch:
/// <c>--jobs</c>, <c>--resume</c>, <c>--shard</c>, progress, atomic writes, the manifest.
/// </summary>
internal static class RenewCommand
{
    public static Command Create(CliConsole console)
    {
        var id = CommonOptions.PackId();
        var from = new Option<string>("--from") { Description = "Last year's agreements: a folder of generated DOCX/PDF files, or a batch's manifest.jsonl.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder for this year's agreements, redlines and reports (not last year's folder).", Required = true };
        var termStart = new Option<string?>("--term-start") { Description = "The new term's first day (YYYY-MM-DD); default: last year's plus one year." };
        var termEnd = new Option<string?>("--term-end") { Description = "The new term's last day; default: last year's plus one year." };
        var signDate = new Option<string?>("--sign-date") { Description = "The new sign date; default: last year's plus one year." };
        var number = new Option<string?>("--number") { Description = "New contract numbers: {year}, {seq} or {seq:0000}, {old}, e.g. HT-{year}-{seq:0000}. Default: keep last year's." };
        var set = new Option<string[]>("--set") { Description = "path=value for every agreement, e.g. targets.retentionRate=88 (repeatable).", AllowMultipleArgumentsPerToken = false };
        var data = new Option<FileInfo?>("--data") { Description = "Changed columns per agreement (.csv, .jsonl, .xlsx), joined by --key." };
        var key = new Option<string?>("--key") { Description = "The parameter path that joins a data row to an agreement; default: the data file's first column." };
        var map = new Option<FileInfo?>("--map") { Description = "A JSON object from column header to parameter path." };
        var ignore = new Option<string[]>("--ignore-column") { Description = "A column of the --data file to leave out, as if the file did not have it; repeat for several. JSON Lines: a top-level key.", AllowMultipleArgumentsPerToken = false };
        var encoding = new Option<string?>("--encoding") { Description = "The data file's encoding when not UTF-8: gb18030." };
        var name = new Option<string>("--name") { Description = "File name pattern of the new agreements; the redline is NAME.redline.docx.", DefaultValueFactory = _ => "{contract.number}" };
        var formats = new Option<string>("--format") { Description = "Formats of the new agreements: docx, pdf, html, md, txt (the redline is always DOCX).", DefaultValueFactory = _ => "docx" };
        var locale = CommonOptions.Locale();
        var jobs = new Option<int?>("--jobs") { Description = "Agreements renewed at once (default: the number of processors)." };
        var resume = new Option<bool>("--resume") { Description = "Keep what a previous run of this renewal finished (checked by hash); redo the rest." };
        var shard = new Option<string?>("--shard") { Description = "Renew part K of N (e.g. 2/3); a Kubernetes Indexed Job's JOB_COMPLETION_INDEX/JOB_COMPLETIONS choose it when not given." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress and no summary." };
        var templates = CommonOptions.Templates();
        var verbose = CommonOptions.Verbose();
        var command = new Command("renew", "Renew last year's agreements: new term, sign date and numbers, this year's template, a redline each and changes.csv.")
        {
            id, from, output, termStart, termEnd, signDate, number, set, data, key, map, ignore, encoding, name, formats, locale, jobs, resume, shard, quiet, templates, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(verbose);
            var engine = CommonOptions.Engine(parse.GetValue(templates));
            var options = new RenewalOptions
            {
                PackId = parse.GetValue(id)!,
                Source = parse.GetValue(from)!,
                OutputFolder = parse.GetValue(output)!,
                TermStart = Date(parse.GetValue(termStart), "--term-start"),
                TermEnd = Date(parse.GetValue(termEnd), "--term-end"),
                SignDate = Date(parse.GetValue(signDate), "--sign-date"),
                NumberPattern = parse.GetValue(number),
                Set = Assignments(parse.GetValue(set) ?? []),
                DataFile = parse.GetValue(data)?.FullName,
                DataKey = parse.GetValue(key),
                IgnoreColumns = parse.GetValue(ignore) is { Length: > 0 } ignored ? ignored : null,
                Encoding = parse.GetValue(encoding),
                NamePattern = parse.GetValue(name)!,
                Formats = FormatList.Parse(parse.GetValue(formats)!, engine).Select(w => w.FormatId).ToList(),
                Locale = parse.GetValue(locale),
                MaxParallelism = RunArguments.Jobs(parse.GetValue(jobs)),
                Resume = parse.GetValue(resume),
                Shard = RunArguments.Shard(parse.GetValue(shard)),
            };
            var summary = await RunArguments.Reporting(console, async () =>
            {
                if (parse.GetValue(map) is { } mapFile) options = options with { ColumnMap = BatchMapFile.Read(mapFile.FullName) };
                var display = BatchProgressDisplay.For(console, parse.GetValue(quiet));
                RenewalSummary? renewal = null;
                await display.ShowWhile(async progress => (renewal = await new RenewalRunner(engine).RunAsync(options, progress, cancellationToken)).Batch);
                return renewal!;
            });
            if (summary is null) return CliApp.Failed;

            if (!parse.GetValue(quiet))
            {
                BatchSummaryPrinter.Print(console, summary.Batch, check: false);
                console.Out.WriteLine($"changes: {summary.ChangesReport}");
            }

            return summary.Batch.Succeeded ? CliApp.Success : CliApp.Failed;
        });
        return command;
    }

    private static DateOnly? Date(string? text, string option)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option}: '{text}' is not a date (YYYY-MM-DD, e.g. 2026-01-01)");
    }

    private static Dictionary<string, string> Assignments(string[] items)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new UsageException($"--set: '{item}' is not path=value (e.g. targets.retentionRate=88)");
            if (!result.TryAdd(item[..eq].Trim(), item[(eq + 1)..]))
                throw new UsageException($"--set: {item[..eq].Trim()} is given twice");
        }

        return result;
    }
}
