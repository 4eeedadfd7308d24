using System.Collections.Concurrent;
using NJsonSchema;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// Looks up the fields of a pack's schema by dotted path (<c>term.start</c>). Every cell of every row asks,
/// from several workers at once, about the same few paths: answers are kept per path.
/// </summary>
internal sealed class FieldTypes(JsonSchema schema)
{
    private readonly ConcurrentDictionary<string, FieldKind?> _kinds = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="path"/> names a declared property at any depth.</summary>
    public bool IsField(string path) => Lookup(path) is not null;

    /// <summary>How a cell for <paramref name="path"/> is converted; the path must be a field.</summary>
    public FieldKind KindOf(string path) => Lookup(path) ?? throw new ArgumentException($"'{path}' is not a field", nameof(path));

    private FieldKind? Lookup(string path) => _kinds.GetOrAdd(path, p => Find(p) is { } field ? Kind(field) : null);

    private static FieldKind Kind(JsonSchema field)
    {
        var type = field.Type;
        if (type.HasFlag(JsonObjectType.Object) || type.HasFlag(JsonObjectType.Array)) return FieldKind.Json;
        if (type.HasFlag(JsonObjectType.String))
            return string.Equals(field.Format, "date", StringComparison.Ordinal) ? FieldKind.Date : FieldKind.Text;
        if (type.HasFlag(JsonObjectType.Integer)) return FieldKind.Integer;
        if (type.HasFlag(JsonObjectType.Number)) return FieldKind.Number;
        if (type.HasFlag(JsonObjectType.Boolean)) return FieldKind.Boolean;
        // An enum without a declared type, or an untyped field: text is what a cell holds.
        return FieldKind.Text;
    }

    private JsonSchema? Find(string path)
    {
        if (path.Length == 0) return null;
        var current = schema.ActualSchema;
        foreach (var segment in path.Split('.'))
        {
            if (!current.ActualProperties.TryGetValue(segment, out var property)) return null;
            current = property.ActualSchema;
        }

        return current;
    }
}
