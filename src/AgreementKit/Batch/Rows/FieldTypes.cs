using NJsonSchema;

namespace AgreementKit.Batch.Rows;

/// <summary>Looks up the fields of a pack's schema by dotted path (<c>term.start</c>).</summary>
internal sealed class FieldTypes(JsonSchema schema)
{
    /// <summary>True when <paramref name="path"/> names a declared property at any depth.</summary>
    public bool IsField(string path) => Find(path) is not null;

    /// <summary>How a cell for <paramref name="path"/> is converted; the path must be a field.</summary>
    public FieldKind KindOf(string path)
    {
        var field = Find(path) ?? throw new ArgumentException($"'{path}' is not a field", nameof(path));
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
