namespace AgreementKit.Lint;

/// <summary>
/// One property of a pack's parameter schema, with where it is declared in schema.json, so that a field no
/// template reads can be pointed at. Paths are dotted (<c>company.name</c>); array items add <c>[]</c>.
/// </summary>
internal sealed class SchemaNode(string path, SchemaNodeKind kind, int line, int column)
{
    private readonly Dictionary<string, SchemaNode> _properties = new(StringComparer.Ordinal);
    private readonly List<SchemaNode> _ordered = [];

    public string Path { get; } = path;

    public SchemaNodeKind Kind { get; } = kind;

    /// <summary>1-based line of the property's name in schema.json (0 for the root).</summary>
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The declared properties of an object, in schema order.</summary>
    public IReadOnlyList<SchemaNode> Properties => _ordered;

    /// <summary>The schema of a list's items, when declared.</summary>
    public SchemaNode? Items { get; set; }

    /// <summary>
    /// Whether a template uses this node by reading it as a whole: a value, an object without declared fields
    /// (a free-form map) or a list of plain values. Other nodes are used through their fields.
    /// </summary>
    public bool IsLeaf => Kind switch
    {
        SchemaNodeKind.Object => _ordered.Count == 0,
        SchemaNodeKind.Array => Items is null || Items.IsLeaf,
        _ => true,
    };

    public void Add(string name, SchemaNode property)
    {
        if (_properties.TryAdd(name, property)) _ordered.Add(property);
    }

    public SchemaNode? Property(string name) => _properties.GetValueOrDefault(name);

    public IEnumerable<string> PropertyNames => _properties.Keys;

    /// <summary>Every leaf at or below this node.</summary>
    public IEnumerable<SchemaNode> Leaves()
    {
        if (IsLeaf)
        {
            yield return this;
            yield break;
        }

        var children = Kind == SchemaNodeKind.Array ? [Items!] : _ordered;
        foreach (var child in children)
        foreach (var leaf in child.Leaves())
            yield return leaf;
    }
}
