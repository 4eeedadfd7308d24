using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// What one data row says: the parameters it gives (nested by path, to be laid over the defaults), which
/// column each path came from (so an error can name the column), the columns left empty (path → header),
/// and the problems of its cells.
/// </summary>
internal sealed record RowDocument(JObject Values, IReadOnlyDictionary<string, string> Columns, IReadOnlyDictionary<string, string> EmptyColumns,
    IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>The column a field path came from: the path itself, or the nearest column above or below it.</summary>
    public string? ColumnOf(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        if (Columns.TryGetValue(path, out var exact)) return exact;
        foreach (var (columnPath, header) in Columns)
        {
            if (Parameters.FieldPath.IsSelfOrAncestor(columnPath, path)) return header;
        }

        return null;
    }
}
