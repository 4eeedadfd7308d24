using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// Maps data columns to parameter paths (a header is a dotted path, or is renamed by <c>--map</c>) and
/// builds each row's <see cref="RowDocument"/>. Headers of CSV and XLSX files are checked once, before any
/// row is read: an unknown column is a mistake in the whole file, not in one row (promise R4).
/// </summary>
internal sealed class ColumnMapping
{
    private readonly IReadOnlyDictionary<string, string> _map;
    private readonly FieldTypes _fields;
    private readonly string _dataFile;

    private ColumnMapping(IReadOnlyDictionary<string, string> map, FieldTypes fields, string dataFile)
    {
        _map = map;
        _fields = fields;
        _dataFile = dataFile;
    }

    /// <summary>Checks the map and, when the file has a header row, every header. Throws <see cref="AgreementKitException"/> listing every problem.</summary>
    public static ColumnMapping Create(IReadOnlyDictionary<string, string>? map, FieldTypes fields, RowSource source)
    {
        map ??= new Dictionary<string, string>();
        var bag = new DiagnosticBag();
        foreach (var (header, path) in map)
        {
            if (!fields.IsField(path))
                bag.Error(DiagnosticCodes.BatchColumn, $"the column map sends '{header}' to {path}, which is not a field of the pack", new SourceLocation { ColumnName = header, Path = path });
        }

        if (source.Headers is { } headers)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                var header = headers[i];
                var location = new SourceLocation { File = source.Path, Line = 1, Column = i + 1, ColumnName = header };
                if (header.Length == 0)
                {
                    bag.Error(DiagnosticCodes.BatchColumn, $"column {i + 1} has no header; name it with a parameter path or remove it", location);
                    continue;
                }

                var path = map.TryGetValue(header, out var mapped) ? mapped : header;
                if (!fields.IsField(path))
                {
                    if (!map.ContainsKey(header))
                        bag.Error(DiagnosticCodes.BatchColumn,
                            $"the column '{header}' is not a parameter path of the pack; name it like salesperson.name, or map it with --map", location);
                    continue;
                }

                if (!seen.TryAdd(path, header))
                    bag.Error(DiagnosticCodes.BatchColumn, $"the columns '{seen[path]}' and '{header}' both give {path}", location with { Path = path });
            }
        }

        if (bag.HasErrors) throw new AgreementKitException(bag.Items);
        return new ColumnMapping(map, fields, source.Path);
    }

    /// <summary>The row's values nested by path, with the problems of its cells; never throws for bad cells.</summary>
    public RowDocument Build(DataRow row)
    {
        var values = new JObject();
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        if (row.Problem is { } broken) problems.Add(broken);
        foreach (var cell in row.Cells)
        {
            var path = _map.TryGetValue(cell.Header, out var mapped) ? mapped : cell.Header;
            var location = new SourceLocation { File = _dataFile, Line = row.Line, Record = row.Number, ColumnName = cell.Header, Path = path };
            if (!_fields.IsField(path))
            {
                // Only JSONL gets here: CSV and XLSX headers were checked before the first row.
                problems.Add(Diagnostic.Error(DiagnosticCodes.UnknownKey,
                    $"'{cell.Header}' is not a parameter path of the pack; use nested objects or paths like salesperson.name, or map it with --map", location));
                continue;
            }

            var (value, problem) = CellConverter.Convert(cell.Value, _fields.KindOf(path));
            if (problem is not null)
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.WrongType, $"{path}: {problem}", location));
                continue;
            }

            if (value is null)
            {
                empty[path] = cell.Header;
                continue;
            }

            if (!Place(values, path, value))
            {
                problems.Add(Diagnostic.Error(DiagnosticCodes.BatchColumn, $"{path} is given twice in this row", location));
                continue;
            }

            columns[path] = cell.Header;
        }

        return new RowDocument(values, columns, empty, problems);
    }

    private static bool Place(JObject root, string path, JToken value)
    {
        var segments = path.Split('.');
        var current = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            switch (current[segments[i]])
            {
                case null:
                    var child = new JObject();
                    current[segments[i]] = child;
                    current = child;
                    break;
                case JObject existing:
                    current = existing;
                    break;
                default:
                    return false;
            }
        }

        var last = segments[^1];
        if (current[last] is null)
        {
            current[last] = value;
            return true;
        }

        // A whole object from one column and a field inside it from another merge, key by key.
        if (current[last] is JObject target && value is JObject addition && addition.Properties().All(p => target[p.Name] is null))
        {
            foreach (var property in addition.Properties()) target.Add(property.Name, property.Value);
            return true;
        }

        return false;
    }
}
