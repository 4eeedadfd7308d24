using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Names;

/// <summary>
/// The file stem of every row, decided in a first pass over all rows (not only this shard's) before any
/// document is made: collisions are resolved in row order, so the name of a row never depends on which
/// rows a run renders, in which order, or on which machine. Keeps one short string per row.
/// </summary>
internal sealed class NameTable
{
    private readonly List<string?> _stems = [];
    private readonly Dictionary<int, List<Diagnostic>> _notes = [];

    private NameTable()
    {
    }

    /// <summary>Rows of the file that belong to the shard.</summary>
    public int ShardRows { get; private set; }

    public static NameTable Build(RowSource source, ColumnMapping columns, NamePattern pattern, JObject defaults, int maxStemBytes,
        BatchShard shard, int maxRows, CancellationToken cancellationToken)
    {
        var table = new NameTable();
        var assigner = new NameAssigner(maxStemBytes);
        foreach (var row in source.Read(cancellationToken))
        {
            if (row.Number > maxRows)
                throw RowSource.Problem(source.Path, $"has more than {maxRows:N0} rows; split it (or use --shard)", row.Line);
            var included = shard.Includes(row.Number);
            if (included) table.ShardRows++;
            // A row that cannot be read gets no name: it makes no file, so it must not push another row's name
            // to "-2" or show a name (the defaults' contract number, say) for a file never written.
            if (row.Unreadable)
            {
                table._stems.Add(null);
                continue;
            }

            var document = columns.Build(row);
            var (raw, missing) = pattern.Apply(row.Number, document.Values, defaults);
            var location = new SourceLocation { File = source.Path, Line = row.Line, Record = row.Number };
            if (raw is null)
            {
                table._stems.Add(null);
                if (included)
                    table.Note(row.Number, Diagnostic.Error(DiagnosticCodes.BatchName,
                        $"the file name needs {missing}, which this row does not give (and --defaults does not either)",
                        location with { ColumnName = document.ColumnOf(missing), Path = missing }));
                continue;
            }

            var safe = FileNameSanitizer.Sanitize(raw, maxStemBytes);
            var (stem, takenBy) = assigner.Assign(safe, row.Number);
            table._stems.Add(stem);
            if (!included) continue;
            var firstPath = pattern.Paths.FirstOrDefault();
            var named = location with { ColumnName = document.ColumnOf(firstPath), Path = firstPath };
            if (!string.Equals(safe, Unicode.Nfc.Normalize(raw), StringComparison.Ordinal))
                table.Note(row.Number, Diagnostic.Warning(DiagnosticCodes.BatchName,
                    $"the file name '{Echo(raw)}' is not safe on every system (path separators, '..', reserved device names, characters Windows refuses or more than {FileNameSanitizer.MaxBytes} bytes); the files are named '{safe}'",
                    named));
            if (takenBy is { } owner)
                table.Note(row.Number, Diagnostic.Warning(DiagnosticCodes.BatchNameCollision,
                    $"the file name '{safe}' is already used by row {owner} (names are compared ignoring case); this row's files are named '{stem}'",
                    named));
        }

        return table;
    }

    /// <summary>The unique stem of a row, or null when its name could not be made.</summary>
    public string? StemOf(int row) => _stems[row - 1];

    /// <summary>Name problems of a row of the shard (missing field, renamed, collision).</summary>
    public IReadOnlyList<Diagnostic> NotesOf(int row) => _notes.TryGetValue(row, out var notes) ? notes : [];

    private void Note(int row, Diagnostic diagnostic)
    {
        if (!_notes.TryGetValue(row, out var list)) _notes[row] = list = [];
        list.Add(diagnostic);
    }

    private static string Echo(string raw)
    {
        var printable = new string(raw.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return printable.Length > 80 ? printable[..80] + "…" : printable;
    }
}
