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
/// document equals a single render of the merged parameters byte for byte. Thread-safe: workers share one.
/// Bad input never throws; it becomes a failed row with located diagnostics.
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

    public RowOutcome Process(RowWork work, CancellationToken cancellationToken)
    {
        var row = work.Row;
        var diagnostics = new List<Diagnostic>(work.Notes);
        var document = _columns.Build(row);
        diagnostics.AddRange(document.Problems);
        diagnostics.AddRange(DefaultsUsed(row, document));
        var merged = ParameterMerge.Merge(_defaults, document.Values);
        var input = InputHash(merged);
        if (work.Stem is null || diagnostics.Exists(d => d.IsError)) return Failed(work, input, diagnostics);

        var files = _options.Formats.Select(f => $"{work.Stem}.{f.Extension()}").ToList();
        if (_options.Resume && _folder is not null && _previous.TryGetValue(row.Number, out var earlier) && earlier.Status == ManifestEntry.Done
            && earlier.Input == input && earlier.Outputs.Select(o => o.File).SequenceEqual(files, StringComparer.Ordinal)
            && earlier.Outputs.All(o => _folder.Holds(o.File, o.Size, o.Sha256)))
        {
            diagnostics.AddRange(earlier.Warnings);
            return new RowOutcome(work.Sequence, row.Line, earlier with { Name = work.Stem }, diagnostics, 0) { Skipped = true };
        }

        var parameters = AgreementParameters.FromJObject(merged, SourceName(row));
        var engineWarnings = new List<Diagnostic>();
        if (_options.CheckOnly)
        {
            var validation = _engine.Validate(_options.PackId, parameters);
            var relocated = Relocate(validation.Diagnostics, row, document);
            diagnostics.AddRange(relocated);
            engineWarnings.AddRange(relocated.Where(d => !d.IsError));
            return diagnostics.Exists(d => d.IsError)
                ? Failed(work, input, diagnostics)
                : new RowOutcome(work.Sequence, row.Line, new ManifestEntry(row.Number, work.Stem, input, ManifestEntry.Checked, [], engineWarnings), diagnostics, 0);
        }

        var result = _engine.TryAssemble(_options.PackId, parameters, _locale, cancellationToken);
        var assembled = Relocate(result.Diagnostics, row, document);
        diagnostics.AddRange(assembled);
        engineWarnings.AddRange(assembled.Where(d => !d.IsError));
        if (result.Agreement is null) return Failed(work, input, diagnostics);

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
                diagnostics.AddRange(Relocate(e.Diagnostics, row, document));
                return Failed(work, input, diagnostics);
            }
        }

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
        return new RowOutcome(work.Sequence, row.Line, entry, diagnostics, outputs.Count);
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

    private static RowOutcome Failed(RowWork work, string input, List<Diagnostic> diagnostics) =>
        new(work.Sequence, work.Row.Line, new ManifestEntry(work.Row.Number, work.Stem, input, ManifestEntry.Failed, [], []), diagnostics, 0);

    /// <summary>Engine diagnostics point into the re-serialised row; point them at the row, its column and field instead.</summary>
    private List<Diagnostic> Relocate(IEnumerable<Diagnostic> diagnostics, DataRow row, RowDocument document) =>
        diagnostics.Select(d =>
        {
            // Template and font problems keep their own place (file, line); only the row is added.
            if (d.Location.File is { } file && file != SourceName(row))
                return d with { Location = d.Location with { Record = row.Number } };
            var path = d.Location.Path;
            var column = document.ColumnOf(path);
            var message = d.Message;
            if (column is null && path is not null && FieldPath.Find(_defaults, path) is { } fromDefaults && ValueOrigin.Of(fromDefaults) is { } origin)
                message += $" (the value comes from {Path.GetFileName(origin.File)}, line {origin.Line})";
            return d with { Message = message, Location = Locate(row, column, path) };
        }).ToList();

    private string SourceName(DataRow row) => $"{Path.GetFileName(_options.DataFile)} row {row.Number}";

    private SourceLocation Locate(DataRow row, string? column, string? path) =>
        new() { File = _options.DataFile, Line = row.Line, Record = row.Number, ColumnName = column, Path = path };
}
