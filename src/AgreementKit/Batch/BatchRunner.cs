using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using AgreementKit.Batch.Names;
using AgreementKit.Batch.Output;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch;

/// <summary>
/// Produces one agreement per row of a CSV, JSONL or XLSX file into an output folder: rows stream through a
/// bounded parallel pipeline sharing one <see cref="AgreementEngine"/>; a bad row is reported in
/// <c>errors.csv</c>/<c>errors.jsonl</c> while the others are produced; every file is written atomically and
/// recorded with its SHA-256 in <c>manifest.jsonl</c>, so an interrupted batch can be resumed.
/// </summary>
/// <example>
/// <code>
/// var runner = new BatchRunner(new AgreementEngine());
/// var summary = await runner.RunAsync(new BatchOptions
/// {
///     PackId = "sales-crm-responsibility", DataFile = "reps.csv", DefaultsFile = "defaults.json", OutputFolder = "out",
///     ColumnMap = new Dictionary&lt;string, string&gt; { ["姓名"] = "salesperson.name" },
/// });
/// </code>
/// </example>
public sealed class BatchRunner
{
    /// <summary>The most rows one data file may hold (promise R7: limits before work).</summary>
    public const int MaxRows = 1_000_000;

    private readonly AgreementEngine _engine;

    /// <summary>A runner that renders with <paramref name="engine"/> (its packs, fonts and options).</summary>
    public BatchRunner(AgreementEngine engine) => _engine = engine ?? throw new ArgumentNullException(nameof(engine));

    /// <summary>
    /// Runs the batch. Per-row problems never throw: they are in the error report and counted in the summary.
    /// Throws <see cref="AgreementKitException"/> when the batch as a whole cannot start (unknown pack or
    /// column, unreadable data or defaults file, bad name pattern), <see cref="OperationCanceledException"/>
    /// when cancelled (finished rows stay recorded; run again with <see cref="BatchOptions.Resume"/>), and
    /// <see cref="IOException"/> when the output folder cannot be written.
    /// </summary>
    /// <param name="options">What to read and where to write.</param>
    /// <param name="progress">Told after every finished row, from a background thread.</param>
    /// <param name="cancellationToken">Stops the batch between rows.</param>
    public async Task<BatchSummary> RunAsync(BatchOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        RunSettings.Check(options.MaxParallelism, options.Formats, options.Shard);
        var clock = Stopwatch.StartNew();

        var pack = _engine.GetPack(options.PackId);
        var locale = options.Locale ?? pack.Locales[0];
        if (!pack.Locales.Contains(locale))
            throw Fail(DiagnosticCodes.UnknownLocale, $"pack '{pack.Id}' has no locale '{locale}' (locales: {string.Join(", ", pack.Locales)})");
        var schema = await ParameterSchema.LoadAsync(pack.SchemaJson, pack.Rules, pack.DisplayPath("schema.json"), pack.DisplayPath("manifest.json"), cancellationToken).ConfigureAwait(false);
        var fields = new FieldTypes(schema.Schema);
        var encoding = options.Encoding is null ? null
            : InputEncoding.FromName(options.Encoding) ?? throw Fail(DiagnosticCodes.BatchInput, $"the encoding '{options.Encoding}' is not supported (utf-8, gb18030)");
        var defaults = ReadDefaults(options.DefaultsFile);
        var pattern = NamePattern.Parse(options.NamePattern, fields);
        var source = RowSource.Open(options.DataFile, encoding);
        var columns = ColumnMapping.Create(options.ColumnMap, fields, source, IgnoredColumns.Of(options));

        // Unknown formats stop the batch here, before any row is read.
        var maxStemBytes = FileNameSanitizer.MaxBytes - options.Formats.Max(f => _engine.GetWriter(f).FileExtension.Length + 1);
        var names = NameTable.Build(source, columns, pattern, defaults, maxStemBytes, options.Shard, MaxRows, cancellationToken);

        var folder = OutputFolder.Open(options.OutputFolder, options.Shard);
        var manifestPath = folder.PathOf(BatchFiles.Manifest(options.Shard));
        var previous = options.Resume && !options.CheckOnly
            ? ManifestJournal.ReadPrevious(manifestPath, options.DataFile)
            : new Dictionary<int, ManifestEntry>();
        var processor = new RowProcessor(_engine, options, locale, defaults, columns, options.CheckOnly ? null : folder, previous, HashPrefix(pack, locale, options.Formats, _engine.OutputSettings));

        using var report = new ErrorReport(folder, BatchFiles.ErrorsCsv(options.Shard), BatchFiles.ErrorsJsonl(options.Shard));
        using var journal = options.CheckOnly ? null : ManifestJournal.Create(manifestPath);
        int done = 0, failed = 0, skipped = 0, documents = 0;
        var total = names.ShardRows;
        progress?.Report(new BatchProgress(total, 0, 0, 0, clock.Elapsed));

        using (var writes = new DurableWrites(options.MaxParallelism))
        {
            await BatchPipeline.RunAsync(Work(source, names, options.Shard, cancellationToken), options.MaxParallelism,
                (work, token) => processor.Process(work, writes, token), outcome =>
                {
                    journal?.Append(outcome.Entry, outcome.Line);
                    foreach (var diagnostic in outcome.Diagnostics) report.Add(outcome.Entry.Row, outcome.Line, outcome.Entry.Name, diagnostic);
                    if (outcome.Failed) failed++;
                    else if (outcome.Skipped) skipped++;
                    else done++;
                    documents += outcome.Written;
                    progress?.Report(new BatchProgress(total, done, failed, skipped, clock.Elapsed));
                }, cancellationToken).ConfigureAwait(false);
        }

        var (errorsCsv, _) = report.Commit();
        return new BatchSummary
        {
            Total = total, Done = done, Failed = failed, Skipped = skipped, Warnings = report.Warnings, Documents = documents,
            Elapsed = clock.Elapsed, ErrorReport = errorsCsv, Manifest = options.CheckOnly ? null : manifestPath,
        };
    }

    private static IEnumerable<RowWork> Work(RowSource source, NameTable names, BatchShard shard, CancellationToken cancellationToken)
    {
        var sequence = 0;
        foreach (var row in source.Read(cancellationToken))
        {
            if (!shard.Includes(row.Number)) continue;
            yield return new RowWork(sequence++, row, names.StemOf(row.Number), names.NotesOf(row.Number));
        }
    }

    private JObject ReadDefaults(string? path)
    {
        if (path is null) return new JObject();
        var read = new ParameterReader().ReadFile(path);
        if (read.Document is null) throw new AgreementKitException(read.Diagnostics);
        return read.Document;
    }

    private static string HashPrefix(Templates.Packs.TemplatePack pack, string locale, IReadOnlyList<string> formats, string settings)
    {
        var version = typeof(AgreementEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var template = pack.GetSource(locale)?.Text ?? "";
        var source = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(template + "\0" + pack.SchemaJson + "\0" + pack.Rules.ToString())));
        return $"agreementkit-batch 1\n{version}\n{pack.Id}\n{pack.Version}\n{source}\n{locale}\n{string.Join(",", formats)}\n{settings}\n";
    }

    private static AgreementKitException Fail(string code, string message) =>
        new([Diagnostic.Error(code, message, new SourceLocation())]);
}
