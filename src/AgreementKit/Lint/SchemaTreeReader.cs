using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Lint;

/// <summary>
/// Reads the property tree of a pack's schema.json (nested <c>properties</c>, array <c>items</c>, and
/// <c>$ref</c>s inside the schema) with the line and column of every property name.
/// </summary>
internal static class SchemaTreeReader
{
    /// <summary>The tree, or null when the text is not a JSON object (the pack loader reports that).</summary>
    public static SchemaNode? Read(string schemaJson)
    {
        JObject root;
        try
        {
            root = JObject.Parse(schemaJson, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException)
        {
            return null;
        }

        var positions = new TextPositions(schemaJson);
        var node = new SchemaNode("", KindOf(root, root), 0, 0);
        Fill(node, root, root, positions, []);
        return node;
    }

    private static void Fill(SchemaNode node, JObject schema, JObject root, TextPositions positions, HashSet<string> openReferences)
    {
        var (resolved, reference) = Resolve(schema, root);
        // A schema that refers to itself (a tree of any depth) would never end; its recursive part is read as a whole value.
        if (reference is not null && !openReferences.Add(reference)) return;
        if (resolved["properties"] is JObject properties)
        {
            foreach (var property in properties.Properties())
            {
                if (property.Value is not JObject propertySchema) continue;
                var (line, column) = NamePosition(property, positions);
                var path = node.Path.Length == 0 ? property.Name : node.Path + "." + property.Name;
                var child = new SchemaNode(path, KindOf(propertySchema, root), line, column);
                node.Add(property.Name, child);
                Fill(child, propertySchema, root, positions, openReferences);
            }
        }

        if (node.Kind == SchemaNodeKind.Array && resolved["items"] is JObject items)
        {
            var itemNode = new SchemaNode(node.Path + "[]", KindOf(items, root), node.Line, node.Column);
            node.Items = itemNode;
            Fill(itemNode, items, root, positions, openReferences);
        }

        if (reference is not null) openReferences.Remove(reference);
    }

    private static SchemaNodeKind KindOf(JObject schema, JObject root)
    {
        var (resolved, _) = Resolve(schema, root);
        var types = resolved["type"] switch
        {
            JValue { Type: JTokenType.String } one => [(string)one!],
            JArray many => many.Values<string>().OfType<string>().ToList(),
            _ => new List<string>(),
        };
        if (resolved["properties"] is JObject || types.Contains("object")) return SchemaNodeKind.Object;
        if (types.Contains("array") || resolved["items"] is JObject) return SchemaNodeKind.Array;
        return SchemaNodeKind.Value;
    }

    /// <summary>Follows a <c>#/…</c> reference (the only kind a pack may use) to the schema it names.</summary>
    internal static (JObject Schema, string? Reference) Resolve(JObject schema, JObject root)
    {
        if (schema["$ref"] is not JValue { Type: JTokenType.String } value || (string)value! is not { } reference || !reference.StartsWith("#", StringComparison.Ordinal))
            return (schema, null);
        JToken? target = root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            target = target?[Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        return target is JObject found ? (found, reference) : (schema, null);
    }

    /// <summary>
    /// Newtonsoft's line info for a property points past its name; the name's opening quote is what an author
    /// looks for, so search back for it on that line.
    /// </summary>
    internal static (int Line, int Column) NamePosition(JProperty property, TextPositions positions)
    {
        var info = (IJsonLineInfo)property;
        if (!info.HasLineInfo()) return (0, 0);
        var text = positions.LineText(info.LineNumber);
        var quoted = JsonConvert.ToString(property.Name);
        var end = Math.Min(text.Length, Math.Max(info.LinePosition, 0));
        var at = text.LastIndexOf(quoted, Math.Max(end - 1, 0), StringComparison.Ordinal);
        if (at < 0) at = text.IndexOf(quoted, StringComparison.Ordinal);
        return (info.LineNumber, at >= 0 ? at + 1 : Math.Max(info.LinePosition, 1));
    }
}
