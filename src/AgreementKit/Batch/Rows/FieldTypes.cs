using System.Collections.Concurrent;
using AgreementKit.Parameters;
using NJsonSchema;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// Looks up the fields of a pack's schema by dotted path (<c>term.start</c>). Every cell of every row asks,
/// from several workers at once, about the same few paths: answers are kept per path. Messages about a
/// path that is not a field take their suggestion and their example from this schema, never from another
/// pack's.
/// </summary>
internal sealed class FieldTypes
{
    private readonly JsonSchema _schema;
    private readonly ConcurrentDictionary<string, FieldKind?> _kinds = new(StringComparer.Ordinal);

    public FieldTypes(JsonSchema schema)
    {
        _schema = schema;
        Paths = [.. Walk(schema.ActualSchema, "", 0)];
        // A field inside an object shows what a path looks like better than a top-level one.
        Example = Paths.FirstOrDefault(p => p.Contains('.', StringComparison.Ordinal) && IsValue(p)) ?? Paths.FirstOrDefault() ?? "";
    }

    /// <summary>Every declared property path, objects and values, in schema order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>A value field of this pack to show in messages, e.g. <c>contract.number</c>.</summary>
    public string Example { get; }

    /// <summary>True when <paramref name="path"/> names a declared property at any depth.</summary>
    public bool IsField(string path) => Lookup(path) is not null;

    /// <summary>How a cell for <paramref name="path"/> is converted; the path must be a field.</summary>
    public FieldKind KindOf(string path) => Lookup(path) ?? throw new ArgumentException($"'{path}' is not a field", nameof(path));

    /// <summary>The field path closest to a misspelt one (<c>agent.nmae</c> → <c>agent.name</c>), or null.</summary>
    public string? Closest(string path) => KeySuggestion.Closest(path, Paths);

    private bool IsValue(string path) => KindOf(path) != FieldKind.Json;

    private FieldKind? Lookup(string path) => _kinds.GetOrAdd(path, p => Find(p) is { } field ? Kind(field) : null);

    private static IEnumerable<string> Walk(JsonSchema schema, string prefix, int depth)
    {
        // A schema that refers to itself would never end; no pack nests fields this deep.
        if (depth > 16) yield break;
        foreach (var (name, property) in schema.ActualProperties)
        {
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            yield return path;
            foreach (var inner in Walk(property.ActualSchema, path, depth + 1))
                yield return inner;
        }
    }

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
        var current = _schema.ActualSchema;
        foreach (var segment in path.Split('.'))
        {
            if (!current.ActualProperties.TryGetValue(segment, out var property)) return null;
            current = property.ActualSchema;
        }

        return current;
    }
}
