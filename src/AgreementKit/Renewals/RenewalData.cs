using System.Globalization;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Renewals;

/// <summary>
/// The data file of a renewal: per agreement, the columns that change this year (new targets, a new
/// department), found by the key column (an employee id, last year's contract number). Read whole before
/// the renewal starts — it holds the changed columns only — with the batch's column rules, so a header,
/// a cell and a value mean the same as in a batch.
/// </summary>
internal sealed class RenewalData
{
    private readonly Dictionary<string, (DataRow Row, RowDocument Document)> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = [];

    private RenewalData(string keyPath) => KeyPath = keyPath;

    public string KeyPath { get; }

    public static RenewalData Load(RenewalOptions options, FieldTypes fields, CancellationToken cancellationToken)
    {
        var encoding = options.Encoding is null ? null
            : InputEncoding.FromName(options.Encoding) ?? throw Problem(options.DataFile!, $"the encoding '{options.Encoding}' is not supported (utf-8, gb18030)");
        var source = RowSource.Open(options.DataFile!, encoding);
        var ignored = IgnoredColumns.Named(options.IgnoreColumns);
        var columns = ColumnMapping.Create(options.ColumnMap, fields, source, ignored);
        var firstHeader = source.Headers?.FirstOrDefault(h => !ignored.Names.Contains(h));
        var first = firstHeader is null ? null : options.ColumnMap?.GetValueOrDefault(firstHeader) ?? firstHeader;
        var key = options.DataKey ?? first ?? throw Problem(options.DataFile!, "has no header row: name the key column with --key PATH");
        if (!fields.IsField(key)) throw Problem(options.DataFile!, $"--key: '{key}' is not a parameter of the pack");
        var data = new RenewalData(key);
        var problems = new List<Diagnostic>();
        foreach (var row in source.Read(cancellationToken))
        {
            var document = columns.Build(row);
            var location = new SourceLocation { File = options.DataFile, Line = row.Line, Record = row.Number, Path = key };
            if (Text(FieldPath.Find(document.Values, key)) is not { Length: > 0 } value)
                problems.Add(Diagnostic.Error(DiagnosticCodes.RenewalData, $"the row has no {key}, so it matches no agreement", location));
            else if (!data._rows.TryAdd(value, (row, document)))
                problems.Add(Diagnostic.Error(DiagnosticCodes.RenewalData, $"{key} '{value}' is also in row {data._rows[value].Row.Number}; each agreement takes one row", location));
        }

        if (problems.Count > 0) throw new AgreementKitException(problems);
        return data;
    }

    /// <summary>The values the agreement's row gives (its key left out), with the row's problems; null values when no row matches.</summary>
    public (JObject? Values, IReadOnlyList<Diagnostic> Problems) For(JObject oldParameters)
    {
        if (Text(FieldPath.Find(oldParameters, KeyPath)) is not { } key || !_rows.TryGetValue(key, out var match)) return (null, []);
        lock (_used) _used.Add(key);
        // The copy keeps each value's origin (file, line, column header), so a bad value is reported at its cell.
        var values = (JObject)match.Document.Values.DeepClone(new JsonCloneSettings { CopyAnnotations = true });
        // The key finds the agreement; it is never changed by its own row.
        (FieldPath.Find(values, KeyPath)?.Parent as JProperty)?.Remove();
        return (values, match.Document.Problems);
    }

    /// <summary>Rows that matched no agreement, as warnings (after a whole, unsharded run).</summary>
    public IEnumerable<(DataRow Row, Diagnostic Warning)> Unused(string dataFile) =>
        _rows.Where(r => !_used.Contains(r.Key)).OrderBy(r => r.Value.Row.Number).Select(r => (r.Value.Row, Diagnostic.Warning(DiagnosticCodes.RenewalData,
            $"no agreement has {KeyPath} '{r.Key}'; the row was not used",
            new SourceLocation { File = dataFile, Line = r.Value.Row.Line, Record = r.Value.Row.Number, Path = KeyPath })));

    private static string? Text(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } s => (string?)s,
        JValue { Type: JTokenType.Integer or JTokenType.Float } n => Convert.ToString(n.Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static AgreementKitException Problem(string path, string what) =>
        new([Diagnostic.Error(DiagnosticCodes.RenewalData, $"--data: {what}", new SourceLocation { File = path })]);
}
