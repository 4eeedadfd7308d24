using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using AgreementKit.Batch;
using AgreementKit.Batch.Names;
using AgreementKit.Batch.Output;
using AgreementKit.Batch.Rows;
using AgreementKit.Comparison;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Renewals;

/// <summary>
/// Renews a whole batch: reads last year's agreements (the record each document carries), applies the
/// renewal rules (<see cref="RenewalOptions"/>), renders this year's agreements with the pack's current
/// version and writes next to each a redline against last year's (<c>NAME.redline.docx</c>) and, for the
/// whole run, <c>changes.csv</c>. It runs on the batch machinery: the bounded pipeline (<c>jobs</c>
/// workers, results in order), atomic writes into one output folder, <c>manifest.jsonl</c> for resume,
/// <c>errors.csv</c>/<c>errors.jsonl</c>, shards and progress.
/// </summary>
/// <example>
/// <code>
/// var summary = await new RenewalRunner(new AgreementEngine()).RunAsync(new RenewalOptions
/// {
///     PackId = "sales-crm-responsibility", Source = "renewals-2025", OutputFolder = "renewals-2026",
///     SignDate = new DateOnly(2025, 12, 26), NumberPattern = "HT-{year}-{seq:0000}",
/// });
/// </code>
/// </example>
public sealed class RenewalRunner
{
    private readonly AgreementEngine _engine;
    private readonly AgreementComparer _comparer;

    /// <summary>A runner that renders with <paramref name="engine"/> and compares with <paramref name="comparer"/> (default: the built-in formats).</summary>
    public RenewalRunner(AgreementEngine engine, AgreementComparer? comparer = null)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        _comparer = comparer ?? new AgreementComparer();
    }

    /// <summary>
    /// Runs the renewal. An agreement that cannot be renewed (unreadable, another pack, failing validation)
    /// never throws: it is a failed row in <c>changes.csv</c> and <c>errors.csv</c>, and the others are
    /// renewed. Throws <see cref="AgreementKitException"/> when the renewal as a whole cannot start (unknown
    /// pack, bad rule, unreadable source or data file), <see cref="OperationCanceledException"/> when
    /// cancelled (finished agreements stay recorded for <see cref="RenewalOptions.Resume"/>), and
    /// <see cref="IOException"/> when the output folder cannot be written.
    /// </summary>
    public async Task<RenewalSummary> RunAsync(RenewalOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        RunSettings.Check(options.MaxParallelism, options.Formats, options.Shard);
        var clock = Stopwatch.StartNew();

        var pack = _engine.GetPack(options.PackId);
        if (options.Locale is { } locale && !pack.Locales.Contains(locale))
            throw Fail(DiagnosticCodes.UnknownLocale, $"pack '{pack.Id}' has no locale '{locale}' (locales: {string.Join(", ", pack.Locales)})");
        var schema = await ParameterSchema.LoadAsync(pack.SchemaJson, pack.Rules, pack.DisplayPath("schema.json"), pack.DisplayPath("manifest.json"), cancellationToken).ConfigureAwait(false);
        var fields = new FieldTypes(schema.Schema);
        var rules = new RenewalRules(options, pack, fields);
        var pattern = NamePattern.Parse(options.NamePattern, fields);
        var data = options.DataFile is null ? null : RenewalData.Load(options, fields, cancellationToken);
        var sources = RenewalSource.List(options.Source);
        if (sources.Count > BatchRunner.MaxRows) throw Fail(DiagnosticCodes.RenewalInput, $"--from: {sources.Count:N0} agreements are more than {BatchRunner.MaxRows:N0}; use --shard");
        var outFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputFolder));
        if (sources.Exists(s => string.Equals(Path.GetDirectoryName(s), outFull, StringComparison.Ordinal)))
            throw Fail(DiagnosticCodes.RenewalInput, "--out: this year's agreements need another folder than last year's");

        // Unknown formats stop the renewal here, before any agreement is read.
        var extensions = options.Formats.Select(f => _engine.GetWriter(f).FileExtension).ToList();
        var (stems, notes) = Names(sources, rules, data, pattern, options, extensions, cancellationToken);
        var folder = OutputFolder.Open(options.OutputFolder, options.Shard);
        var manifestPath = folder.PathOf(BatchFiles.Manifest(options.Shard));
        var previous = options.Resume ? ManifestJournal.ReadPrevious(manifestPath, null) : new Dictionary<int, ManifestEntry>();
        var processor = new RenewalProcessor(_engine, _comparer, options, rules, data, sources, folder, previous, HashPrefix(pack, options, rules, _engine.OutputSettings));

        using var report = new ErrorReport(folder, BatchFiles.ErrorsCsv(options.Shard), BatchFiles.ErrorsJsonl(options.Shard));
        using var changes = new ChangesReport(folder, ChangesName(options.Shard));
        using var journal = ManifestJournal.Create(manifestPath);
        int done = 0, failed = 0, skipped = 0, documents = 0;
        var work = Enumerable.Range(1, sources.Count).Where(options.Shard.Includes)
            .Select((number, sequence) => new RowWork(sequence, new DataRow(number, 0, []), stems[number - 1], notes[number - 1])).ToList();
        progress?.Report(new BatchProgress(work.Count, 0, 0, 0, clock.Elapsed));

        await BatchPipeline.RunAsync(work, options.MaxParallelism, processor.Process, outcome =>
        {
            journal.Append(outcome.Entry, outcome.Line);
            foreach (var diagnostic in outcome.Diagnostics) report.Add(outcome.Entry.Row, outcome.Line, outcome.Entry.Name, diagnostic);
            changes.Add(processor.TakeChange(outcome.Sequence));
            if (outcome.Failed) failed++;
            else if (outcome.Skipped) skipped++;
            else done++;
            documents += outcome.Written;
            progress?.Report(new BatchProgress(work.Count, done, failed, skipped, clock.Elapsed));
        }, cancellationToken).ConfigureAwait(false);

        if (data is not null && options.Shard.Count == 1)
            foreach (var (row, warning) in data.Unused(options.DataFile!)) report.Add(0, row.Line, null, warning);
        var (errorsCsv, _) = report.Commit();
        var changesCsv = changes.Commit();
        var batch = new BatchSummary
        {
            Total = work.Count, Done = done, Failed = failed, Skipped = skipped, Warnings = report.Warnings, Documents = documents,
            Elapsed = clock.Elapsed, ErrorReport = errorsCsv, Manifest = manifestPath,
        };
        return new RenewalSummary(batch, changesCsv);
    }

    /// <summary>The file names of every agreement of the renewal (not only this shard's), decided in renewal order as a batch decides them.</summary>
    private static (string?[] Stems, IReadOnlyList<Diagnostic>[] Notes) Names(List<string> sources, RenewalRules rules, RenewalData? data, NamePattern pattern,
        RenewalOptions options, IReadOnlyList<string> extensions, CancellationToken cancellationToken)
    {
        var maxStem = FileNameSanitizer.MaxBytes - extensions.Select(e => e.Length + 1).Append(RenewalProcessor.RedlineExtension.Length + 1).Max();
        var assigner = new NameAssigner(maxStem);
        var stems = new string?[sources.Count];
        var notes = new IReadOnlyList<Diagnostic>[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            notes[i] = [];
            JObject? renewed = null;
            try
            {
                var record = AgreementRecord.ReadFile(sources[i]);
                renewed = rules.Apply(record.Parameters, i + 1, data?.For(record.Parameters).Values, sources[i]).Parameters;
            }
            catch (AgreementKitException)
            {
                // The agreement fails when it is processed, with its own message.
            }

            if (renewed is null) continue;
            var location = new SourceLocation { File = sources[i], Record = i + 1 };
            var (raw, missing) = pattern.Apply(i + 1, renewed, new JObject());
            if (raw is null)
            {
                notes[i] = [Diagnostic.Error(DiagnosticCodes.BatchName, $"the file name needs {missing}, which this agreement does not have", location with { Path = missing })];
                continue;
            }

            var safe = FileNameSanitizer.Sanitize(raw, maxStem);
            var (stem, takenBy) = assigner.Assign(safe, i + 1);
            stems[i] = stem;
            if (takenBy is { } owner)
                notes[i] = [Diagnostic.Warning(DiagnosticCodes.BatchNameCollision, $"the file name '{safe}' is already used by agreement {owner}; this agreement's files are named '{stem}'", location)];
        }

        return (stems, notes);
    }

    private static string ChangesName(BatchShard shard) => shard.Count == 1 ? "changes.csv" : $"changes-{shard.Index}of{shard.Count}.csv";

    private static string HashPrefix(Templates.Packs.TemplatePack pack, RenewalOptions options, RenewalRules rules, string settings)
    {
        var sources = string.Join("\0", pack.Locales.Select(l => pack.GetSource(l)?.Text ?? ""));
        var packHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sources + "\0" + pack.SchemaJson + "\0" + pack.Rules)));
        return string.Join('\n', "agreementkit-renew 1", Model.Records.RecordJson.LibraryVersion, pack.Id, pack.Version, packHash,
            options.Locale ?? "", string.Join(",", options.Formats), options.NamePattern, rules.Describe(), settings) + "\n";
    }

    private static AgreementKitException Fail(string code, string message) => new([Diagnostic.Error(code, message, new SourceLocation())]);
}
