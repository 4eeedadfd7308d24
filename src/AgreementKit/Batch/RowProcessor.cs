using System.Security.Cryptography;
using System.Text;
using AgreementKit.Batch.Output;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch;

/// <summary>
/// Turns one row into its documents: cells → values, laid over the defaults, then exactly what
/// <c>render</c> does with a parameter file (same engine, same validation, same writers), so a row's
/// document equals a single render of the merged parameters byte for byte. The merged object goes to the
/// engine as the object it is: each value carries where it came from (a cell's row, line and column header,
/// or a line and column of the defaults file), so every problem is located where it came from without
/// writing the row out as JSON. Thread-safe: workers share one. Bad input never throws; it becomes a failed
/// row with located diagnostics.
/// </summary>
internal sealed class RowProcessor
{
    private readonly AgreementEngine _engine;
    private readonly BatchOptions _options;
    private readonly string _locale;
    private readonly JObject _defaults;
    private readonly ColumnMapping _columns;
    private readonly OutputFolder? _folder;
    private readonly IReadOnlyDictionary<int, ManifestEntry> _previous;
    private readonly string _hashPrefix;

    public RowProcessor(AgreementEngine engine, BatchOptions options, string locale, JObject defaults, ColumnMapping columns,
        OutputFolder? folder, IReadOnlyDictionary<int, ManifestEntry> previous, string hashPrefix)
    {
        _engine = engine;
        _options = options;
        _locale = locale;
        _defaults = defaults;
        _columns = columns;
        _folder = folder;
        _previous = previous;
        _hashPrefix = hashPrefix;
    }

    public RowOutcome Process(RowWork work, CancellationToken cancellationToken) =>
        Process(work, null, cancellationToken).GetAwaiter().GetResult();

    /// <summary>
    /// Makes the row's documents on the calling thread and leaves writing them to <paramref name="writes"/>
    /// (null: writes them here too); the task completes when the files are on disk.
    /// </summary>
    public Task<RowOutcome> Process(RowWork work, DurableWrites? writes, CancellationToken cancellationToken)
    {
        var row = work.Row;
        var diagnostics = new RowDiagnostics(row, _options.DataFile);
        diagnostics.AddRange(work.Notes);
        var document = _columns.Build(row);
        diagnostics.AddRange(document.Problems);
        diagnostics.AddRange(DefaultsUsed(row, document));
        var merged = ParameterMerge.Merge(_defaults, document.Values);
        var input = InputHash(merged);
        if (work.Stem is null || diagnostics.HasErrors) return Task.FromResult(Failed(work, input, diagnostics));

        var files = _options.Formats.Select(f => $"{work.Stem}.{_engine.GetWriter(f).FileExtension}").ToList();
        if (_options.Resume && _folder is not null && _previous.TryGetValue(row.Number, out var earlier) && earlier.Status == ManifestEntry.Done
            && earlier.Input == input && earlier.Outputs.Select(o => o.File).SequenceEqual(files, StringComparer.Ordinal)
            && earlier.Outputs.All(o => _folder.Holds(o.File, o.Size, o.Sha256)))
        {
            diagnostics.AddRange(earlier.Warnings);
            return Task.FromResult(new RowOutcome(work.Sequence, row.Line, earlier with { Name = work.Stem }, diagnostics.Items, 0) { Skipped = true });
        }

        var parameters = AgreementParameters.FromJObject(merged, _options.DataFile);
        if (_options.CheckOnly)
        {
            var validation = diagnostics.AddRange(_engine.Validate(_options.PackId, parameters).Diagnostics);
            return Task.FromResult(diagnostics.HasErrors
                ? Failed(work, input, diagnostics)
                : new RowOutcome(work.Sequence, row.Line, new ManifestEntry(row.Number, work.Stem, input, ManifestEntry.Checked, [], Warnings(validation)), diagnostics.Items, 0));
        }

        var result = _engine.TryAssemble(_options.PackId, parameters, _locale, cancellationToken);
        var engineWarnings = Warnings(diagnostics.AddRange(result.Diagnostics));
        if (result.Agreement is null) return Task.FromResult(Failed(work, input, diagnostics));

        // Every format is made in memory before the first file is written, so a row never ends half-written.
        var documents = new List<(string File, byte[] Bytes)>();
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                documents.Add((files[i], _engine.WriteToArray(result.Agreement, _options.Formats[i], cancellationToken)));
            }
            catch (AgreementKitException e)
            {
                diagnostics.AddRange(e.Diagnostics);
                return Task.FromResult(Failed(work, input, diagnostics));
            }
        }

        RowOutcome Write() => WriteFiles(work, input, documents, engineWarnings, diagnostics);
        return writes is null ? Task.FromResult(Write()) : writes.Run(Write);
    }

    // Each file is written atomically and durably; the row is done only when all are.
    private RowOutcome WriteFiles(RowWork work, string input, List<(string File, byte[] Bytes)> documents, List<Diagnostic> engineWarnings, RowDiagnostics diagnostics)
    {
        var row = work.Row;
        var outputs = new List<ManifestOutput>();
        foreach (var (file, bytes) in documents)
        {
            try
            {
                _folder!.Write(file, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var code = e is OutputRefusedException ? DiagnosticCodes.OutputPath : DiagnosticCodes.WriteFailed;
                diagnostics.Add(Diagnostic.Error(code, $"cannot write {file}: {e.Message}", Locate(row, null, null)));
                return Failed(work, input, diagnostics);
            }

            outputs.Add(new ManifestOutput(file, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength));
        }

        var entry = new ManifestEntry(row.Number, work.Stem, input, ManifestEntry.Done, outputs, engineWarnings);
        return new RowOutcome(work.Sequence, row.Line, entry, diagnostics.Items, outputs.Count);
    }

    /// <summary>
    /// An empty cell in a column the data file has, where the defaults file holds a value, is an error: an
    /// empty 姓名 taking the defaults' name would be an agreement for the wrong person. A field meant to come
    /// from the defaults for every row is simply left out of the data file. Where the defaults hold nothing,
    /// an empty cell is an absent optional field (or a missing required one, which validation reports).
    /// </summary>
    private IEnumerable<Diagnostic> DefaultsUsed(DataRow row, RowDocument document)
    {
        foreach (var (path, header) in document.EmptyColumns)
        {
            if (FieldPath.Find(_defaults, path) is JValue { Value: not null } value)
                yield return Diagnostic.Error(DiagnosticCodes.BatchColumn,
                    $"the cell is empty, and {path} would silently take the defaults file's value {TextEcho.Quote(System.Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")}; fill the cell, or leave the column out of the data file to use the default in every row",
                    Locate(row, header, path));
        }
    }

    /// <summary>
    /// Everything a row's documents are made from: pack, template and schema text, locale, formats, the
    /// library version and the merged parameters. Equal hashes let a resumed run keep a row's files.
    /// </summary>
    private string InputHash(JObject merged)
    {
        var bytes = Encoding.UTF8.GetBytes(_hashPrefix + merged.ToString(Formatting.None));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static RowOutcome Failed(RowWork work, string input, RowDiagnostics diagnostics) =>
        new(work.Sequence, work.Row.Line, new ManifestEntry(work.Row.Number, work.Stem, input, ManifestEntry.Failed, [], []), diagnostics.Items, 0);

    private static List<Diagnostic> Warnings(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Where(d => !d.IsError)];

    private SourceLocation Locate(DataRow row, string? column, string? path) =>
        new() { File = _options.DataFile, Line = row.Line, Record = row.Number, ColumnName = column, Path = path };
}
