using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// Maps data columns to parameter paths (a header is a dotted path, or is renamed by <c>--map</c>) and
/// builds each row's <see cref="RowDocument"/>, every value marked with where it came from (file, line, row,
/// column header). Headers of CSV and XLSX files are checked once, before any row is read: an unknown column
/// is a mistake in the whole file, not in one row (promise R4). Columns the batch was told to leave out
/// (<see cref="IgnoredColumns"/>) are neither checked nor read.
/// </summary>
internal sealed class ColumnMapping
{
    private static readonly JsonCloneSettings KeepOrigins = new() { CopyAnnotations = true };

    private readonly IReadOnlyDictionary<string, string> _map;
    private readonly FieldTypes _fields;
    private readonly string _dataFile;
    private readonly IgnoredColumns _ignored;
    private readonly bool _headerRow;

    private ColumnMapping(IReadOnlyDictionary<string, string> map, FieldTypes fields, string dataFile, IgnoredColumns ignored, bool headerRow)
    {
        _map = map;
        _fields = fields;
        _dataFile = dataFile;
        _ignored = ignored;
        _headerRow = headerRow;
    }

    /// <summary>Checks the map and, when the file has a header row, every header. Throws <see cref="AgreementKitException"/> listing every problem.</summary>
    public static ColumnMapping Create(IReadOnlyDictionary<string, string>? map, FieldTypes fields, RowSource source, IgnoredColumns? ignored = null)
    {
        map ??= new Dictionary<string, string>();
        ignored ??= IgnoredColumns.None;
        var bag = new DiagnosticBag();
        foreach (var (header, path) in map)
        {
            if (!fields.IsField(path))
                bag.Error(DiagnosticCodes.BatchColumn, $"the column map sends '{header}' to {path}, which is not a field of the pack{Hint(fields, path, "give a parameter path such as {0}")}",
                    new SourceLocation { ColumnName = header, Path = path });
        }

        // Sorted: a set's order differs between runs, and so would the report.
        var names = ignored.Names.Order(StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            if (map.TryGetValue(name, out var target))
                bag.Error(DiagnosticCodes.BatchColumn, $"the column '{name}' is both left out (--ignore-column) and sent to {target} (--map); keep one of the two",
                    new SourceLocation { ColumnName = name, Path = target });
        }

        if (source.Headers is { } headers)
        {
            // A misspelt name would leave in the column it meant to leave out; JSON Lines keys vary by record, so only a header row is checked.
            foreach (var name in names.Where(n => !headers.Contains(n)))
                bag.Error(DiagnosticCodes.BatchColumn, $"the column '{name}' to leave out (--ignore-column) is not in the file; its headers are {Listed(headers)}",
                    new SourceLocation { File = source.Path, Line = 1, ColumnName = name });

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                var header = headers[i];
                if (ignored.Ignores(headerRow: true, i, header)) continue;
                var location = new SourceLocation { File = source.Path, Line = 1, Column = source.HeaderColumns?[i] ?? 0, ColumnName = header };
                if (header.Length == 0)
                {
                    bag.Error(DiagnosticCodes.BatchColumn, $"column {i + 1} has no header; name it with a parameter path or remove it", location);
                    continue;
                }

                var path = map.TryGetValue(header, out var mapped) ? mapped : header;
                if (!fields.IsField(path))
                {
                    if (!map.ContainsKey(header))
                        bag.Error(DiagnosticCodes.BatchColumn, $"the column '{header}' is not a parameter path of the pack{Hint(fields, header, "name it like {0}, map it with --map, or leave it out with --ignore-column")}", location);
                    continue;
                }

                if (!seen.TryAdd(path, header))
                    bag.Error(DiagnosticCodes.BatchColumn, $"the columns '{seen[path]}' and '{header}' both give {path}", location with { Path = path });
            }
        }

        if (bag.HasErrors) throw new AgreementKitException(bag.Items);
        return new ColumnMapping(map, fields, source.Path, ignored, source.Headers is not null);
    }

    /// <summary>The row's values nested by path, with the problems of its cells; never throws for bad cells.</summary>
    public RowDocument Build(DataRow row)
    {
        var rowOrigin = new ValueOrigin(_dataFile, row.Line, 0) { Record = row.Number };
        var values = new JObject();
        rowOrigin.Mark(values);
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>(row.Problems);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            if (_ignored.Ignores(_headerRow, i, cell.Header)) continue;
            var path = _map.TryGetValue(cell.Header, out var mapped) ? mapped : cell.Header;
            var location = new SourceLocation { File = _dataFile, Line = row.Line, Column = cell.Column, Record = row.Number, ColumnName = cell.Header, Path = path };
            if (cell.Value is JToken { } json && ValueOrigin.Of(json) is { } jsonOrigin)
                location = location with { Line = jsonOrigin.Line, Column = jsonOrigin.Column };
            if (!_fields.IsField(path))
            {
                // Only JSONL gets here: CSV and XLSX headers were checked before the first row.
                problems.Add(Diagnostic.Error(DiagnosticCodes.BatchColumn,
                    $"'{cell.Header}' is not a parameter path of the pack{Hint(_fields, cell.Header, "write it as a path like {0} or as nested objects, map it with --map, or leave it out with --ignore-column")}", location));
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

            var placed = value.Parent is null ? value : value.DeepClone(KeepOrigins);
            Mark(placed, cell, rowOrigin);
            if (!Place(values, path, placed, rowOrigin with { ColumnName = cell.Header, Column = cell.Column }))
                problems.Add(Diagnostic.Error(DiagnosticCodes.BatchColumn, $"{path} is given twice in this row", location));
        }

        return new RowDocument(values, empty, problems);
    }

    /// <summary>
    /// What a misspelt path probably meant ("; did you mean 'agent.name'?"), or else the advice with an example
    /// path of this pack in place of <c>{0}</c> ("; name it like contract.number, or map it with --map").
    /// </summary>
    /// <summary>A file's headers for a message: the first dozen, quoted, and how many more.</summary>
    private static string Listed(IReadOnlyList<string> headers)
    {
        const int shown = 12;
        var list = string.Join(", ", headers.Take(shown).Select(h => $"'{h}'"));
        return headers.Count > shown ? $"{list} and {headers.Count - shown} more" : list;
    }

    private static string Hint(FieldTypes fields, string path, string advice) =>
        fields.Closest(path) is { } closest
            ? $"; did you mean '{closest}'?"
            : "; " + string.Format(System.Globalization.CultureInfo.InvariantCulture, advice, fields.Example);

    /// <summary>
    /// Gives a cell's value, and everything inside it, its place: a JSON Lines value keeps its exact position
    /// in the file and learns its row and key; a CSV or XLSX cell is located at its row and column.
    /// </summary>
    private static void Mark(JToken value, DataCell cell, ValueOrigin rowOrigin)
    {
        var cellOrigin = rowOrigin with { Column = cell.Column, ColumnName = cell.Header };
        foreach (var token in value is JContainer container ? container.DescendantsAndSelf().ToList() : [value])
        {
            var origin = cell.Value is JToken && ValueOrigin.Of(token) is { } own
                ? own with { Record = rowOrigin.Record, ColumnName = cell.Header }
                : cellOrigin;
            origin.Mark(token);
        }
    }

    /// <summary>
    /// Puts <paramref name="value"/> at <paramref name="path"/>, creating the objects above it; objects a
    /// column creates come from that column. False when the path is already taken.
    /// </summary>
    private static bool Place(JObject root, string path, JToken value, ValueOrigin columnOrigin)
    {
        var segments = path.Split('.');
        var current = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            switch (current[segments[i]])
            {
                case null:
                    var child = new JObject();
                    var property = new JProperty(segments[i], child);
                    columnOrigin.Mark(child);
                    columnOrigin.Mark(property);
                    current.Add(property);
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
            var property = new JProperty(last, value);
            (ValueOrigin.Of(value) ?? columnOrigin).Mark(property);
            current.Add(property);
            return true;
        }

        // A whole object from one column and a field inside it from another merge, key by key.
        if (current[last] is JObject target && value is JObject addition && addition.Properties().All(p => target[p.Name] is null))
        {
            foreach (var property in addition.Properties().ToList())
            {
                property.Remove();
                target.Add(property);
            }

            return true;
        }

        return false;
    }
}
