using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// What one data row says: the parameters it gives (nested by path, to be laid over the defaults; every
/// token marked with its <see cref="ValueOrigin"/>), the columns left empty (path → header), and the problems
/// of its cells.
/// </summary>
internal sealed record RowDocument(JObject Values, IReadOnlyDictionary<string, string> EmptyColumns, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>
    /// The column a field path came from: the column of its value, or of the nearest value above it (a
    /// JSON cell holding a whole object), or the empty column meant for it; null when the row does not have it.
    /// </summary>
    public string? ColumnOf(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        if (EmptyColumns.TryGetValue(path, out var empty)) return empty;
        JToken? current = Values;
        string? column = null;
        foreach (var segment in path.Split('.'))
        {
            if (current is not JObject obj || !obj.TryGetValue(segment, StringComparison.Ordinal, out current)) break;
            column = ValueOrigin.Of(current!)?.ColumnName ?? column;
        }

        return column;
    }
}
