using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using AgreementKit.Batch;
using AgreementKit.Batch.Output;
using AgreementKit.Comparison;
using AgreementKit.Diagnostics;
using Newtonsoft.Json;

namespace AgreementKit.Renewals;

/// <summary>
/// Renews one agreement: reads last year's record from its document, applies the renewal rules and the
/// agreement's data row, renders this year's agreement exactly as <c>render</c> would, compares the two
/// and writes the new documents and the redline — all in memory first, then each file atomically. A
/// resumed run keeps an agreement whose files still match the manifest. Thread-safe: workers share one.
/// Bad input never throws; it becomes a failed row with located diagnostics.
/// </summary>
internal sealed class RenewalProcessor(
    AgreementEngine engine, AgreementComparer comparer, RenewalOptions options, RenewalRules rules, RenewalData? data,
    IReadOnlyList<string> sources, OutputFolder folder, IReadOnlyDictionary<int, ManifestEntry> previous, string hashPrefix)
{
    public const string RedlineExtension = "redline.docx";

    private readonly ConcurrentDictionary<int, ChangeRow> _changes = new();

    /// <summary>The changes.csv line of a processed row (taken once, in row order, by the writer).</summary>
    public ChangeRow TakeChange(int sequence) => _changes.TryRemove(sequence, out var row) ? row : throw new InvalidOperationException($"no change row for {sequence}");

    public RowOutcome Process(RowWork work, CancellationToken cancellationToken)
    {
        var number = work.Row.Number;
        var source = sources[number - 1];
        var sourceName = Path.GetFileName(source);
        var diagnostics = new List<Diagnostic>(work.Notes);
        AgreementRecord record;
        try
        {
            record = AgreementRecord.ReadFile(source);
        }
        catch (AgreementKitException e)
        {
            return Failed(work, "", sourceName, null, null, [.. diagnostics, .. e.Diagnostics.Select(d => Locate(d, source, number))]);
        }

        var oldNumber = record.Agreement.Metadata.ContractNumber;
        if (record.PackId != options.PackId)
            return Failed(work, "", sourceName, oldNumber, record, [.. diagnostics, Diagnostic.Error(DiagnosticCodes.RecordPackMismatch,
                $"{sourceName} was made with pack '{record.PackId}', not '{options.PackId}'", new SourceLocation { File = source, Record = number })]);

        var (values, rowProblems) = data?.For(record.Parameters) ?? (null, []);
        diagnostics.AddRange(rowProblems);
        var (parameters, problems) = rules.Apply(record.Parameters, number, values, source);
        diagnostics.AddRange(problems.Select(d => Locate(d, source, number)));
        var input = Hash(record, parameters);
        if (parameters is null || work.Stem is null || diagnostics.Exists(d => d.IsError)) return Failed(work, input, sourceName, oldNumber, record, diagnostics);

        var files = options.Formats.Select(f => $"{work.Stem}.{engine.GetWriter(f).FileExtension}").Append($"{work.Stem}.{RedlineExtension}").ToList();
        if (options.Resume && previous.TryGetValue(number, out var earlier) && earlier.Status == ManifestEntry.Done && earlier.Input == input
            && earlier.Outputs.Select(o => o.File).SequenceEqual(files, StringComparer.Ordinal)
            && earlier.Outputs.All(o => folder.Holds(o.File, o.Size, o.Sha256))
            && Kept(work, record, sourceName, files) is not null)
        {
            diagnostics.AddRange(earlier.Warnings);
            return new RowOutcome(work.Sequence, 0, earlier with { Name = work.Stem }, diagnostics, 0) { Skipped = true };
        }

        var locale = options.Locale ?? record.Locale;
        var result = engine.TryAssemble(options.PackId, AgreementParameters.FromJObject(parameters, sourceName), locale, cancellationToken);
        var assembled = result.Diagnostics.Select(d => Locate(d, source, number)).ToList();
        diagnostics.AddRange(assembled);
        if (result.Agreement is not { } agreement) return Failed(work, input, sourceName, oldNumber, record, diagnostics);

        var comparison = comparer.Compare(record.Agreement, agreement);
        var documents = new List<(string File, byte[] Bytes)>();
        try
        {
            for (var i = 0; i < options.Formats.Count; i++) documents.Add((files[i], engine.WriteToArray(agreement, options.Formats[i], cancellationToken)));
            documents.Add((files[^1], comparer.WriteToArray(comparison, "docx", cancellationToken)));
        }
        catch (AgreementKitException e)
        {
            return Failed(work, input, sourceName, oldNumber, record, [.. diagnostics, .. e.Diagnostics.Select(d => Locate(d, source, number))]);
        }

        var outputs = new List<ManifestOutput>();
        foreach (var (file, bytes) in documents)
        {
            try
            {
                folder.Write(file, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var code = e is OutputRefusedException ? DiagnosticCodes.OutputPath : DiagnosticCodes.WriteFailed;
                diagnostics.Add(Diagnostic.Error(code, $"cannot write {file}: {e.Message}", new SourceLocation { File = source, Record = number }));
                return Failed(work, input, sourceName, oldNumber, record, diagnostics);
            }

            outputs.Add(new ManifestOutput(file, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength));
        }

        _changes[work.Sequence] = Row(number, sourceName, record, agreement.Metadata.ContractNumber, files, comparison, diagnostics);
        var warnings = assembled.Where(d => !d.IsError).ToList();
        return new RowOutcome(work.Sequence, 0, new ManifestEntry(number, work.Stem, input, ManifestEntry.Done, outputs, warnings), diagnostics, outputs.Count);
    }

    // A kept agreement still gets its changes.csv line: compared again from the two records, nothing rendered.
    private ChangeRow? Kept(RowWork work, AgreementRecord record, string sourceName, List<string> files)
    {
        try
        {
            var renewed = AgreementRecord.ReadFile(folder.PathOf(files[0]));
            var row = Row(work.Row.Number, sourceName, record, renewed.Agreement.Metadata.ContractNumber, files, comparer.Compare(record.Agreement, renewed.Agreement), []);
            _changes[work.Sequence] = row;
            return row;
        }
        catch (AgreementKitException)
        {
            return null; // e.g. only PDF/A outputs, which carry no record: render again
        }
    }

    private ChangeRow Row(int number, string source, AgreementRecord old, string? newNumber, List<string> files, AgreementComparison comparison, List<Diagnostic> diagnostics) =>
        new(number, source, old.Agreement.Metadata.ContractNumber, newNumber, files[0], files[^1], comparison.Summary, comparison.ParameterChanges,
            old.PackVersion, engine.GetPack(options.PackId).Version, diagnostics);

    private RowOutcome Failed(RowWork work, string input, string source, string? oldNumber, AgreementRecord? record, List<Diagnostic> diagnostics)
    {
        _changes[work.Sequence] = new ChangeRow(work.Row.Number, source, oldNumber, null, null, null, null, [], record?.PackVersion, null, diagnostics);
        return new RowOutcome(work.Sequence, 0, new ManifestEntry(work.Row.Number, work.Stem, input, ManifestEntry.Failed, [], []), diagnostics, 0);
    }

    /// <summary>Everything an agreement's files are made from: the run's settings, last year's record and this year's parameters.</summary>
    private string Hash(AgreementRecord record, Newtonsoft.Json.Linq.JObject? parameters)
    {
        var text = hashPrefix + record.Json + "\0" + (parameters?.ToString(Formatting.None) ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // Problems of last year's document are located at the document and the agreement's place in the renewal.
    private static Diagnostic Locate(Diagnostic d, string source, int number) =>
        d with { Location = d.Location with { File = string.IsNullOrEmpty(d.Location.File) ? source : d.Location.File, Record = number } };
}
