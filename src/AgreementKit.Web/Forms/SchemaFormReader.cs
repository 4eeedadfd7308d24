using AgreementKit.Templates.Packs;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Forms;

/// <summary>
/// Turns a pack's <c>schema.json</c> and its <c>requiredWhen</c> rules into the tree of <see cref="FormField"/>s
/// the form is drawn from: objects become groups, arrays lists, and every value a widget by its type.
/// </summary>
internal static class SchemaFormReader
{
    /// <summary>The root group of <paramref name="pack"/>'s form in the words of its <paramref name="locale"/> edition.</summary>
    public static FormField Read(TemplatePack pack, string locale)
    {
        var root = JObject.Parse(pack.SchemaJson);
        var conditions = Conditions(pack.Rules);
        return new Reader(root, locale, conditions).Field(root, key: "", path: "", required: true, depth: 0, []);
    }

    private static Dictionary<string, List<FieldCondition>> Conditions(JArray rules)
    {
        var byField = new Dictionary<string, List<FieldCondition>>(StringComparer.Ordinal);
        foreach (var rule in rules.OfType<JObject>())
        {
            if ((string?)rule["type"] != "requiredWhen" || rule["field"] is not JValue { Type: JTokenType.String } field
                || rule["when"] is not JValue { Type: JTokenType.String } when || rule["equals"] is not { } equals)
                continue;
            var path = (string)field!;
            if (!byField.TryGetValue(path, out var list)) byField[path] = list = [];
            list.Add(new FieldCondition((string)when!, equals.DeepClone()));
        }

        return byField;
    }

    /// <summary>One read of a schema: the whole schema (for references), the edition whose words are shown, and the conditions.</summary>
    private sealed class Reader(JObject root, string locale, IReadOnlyDictionary<string, List<FieldCondition>> conditions)
    {
        public FormField Field(JObject schema, string key, string path, bool required, int depth, HashSet<string> openReferences)
        {
            var (resolved, reference) = Resolve(schema, root);
            var (label, help) = SchemaText.Describe(resolved, key, locale);
            var showWhen = conditions.TryGetValue(path, out var c) ? c : [];
            // A schema that refers to itself would never end: below a repeated reference, or very deep, the value is typed as JSON.
            var recursive = reference is not null && !openReferences.Add(reference);
            var kind = recursive || depth > 16 ? FieldKind.Json : KindOf(resolved);
            try
            {
                return kind switch
                {
                    FieldKind.Group => new FormField
                    {
                        Key = key, Path = path, Kind = kind, Label = label, Help = help, Required = required, ShowWhen = showWhen,
                        Children = Children(resolved, path, depth, openReferences),
                    },
                    FieldKind.List => new FormField
                    {
                        Key = key, Path = path, Kind = kind, Label = label, Help = help, Required = required, ShowWhen = showWhen,
                        MinItems = Int(resolved["minItems"]), MaxItems = Int(resolved["maxItems"]),
                        Item = resolved["items"] is JObject items
                            ? new Reader(root, locale, new Dictionary<string, List<FieldCondition>>()).Field(items, key: "", path: "", required: true, depth + 1, openReferences)
                            : new FormField { Key = "", Path = "", Kind = FieldKind.Json, Label = label },
                    },
                    _ => new FormField
                    {
                        Key = key, Path = path, Kind = kind, Label = label, Help = help, Required = required, ShowWhen = showWhen,
                        Minimum = Number(resolved["minimum"]), Maximum = Number(resolved["maximum"]),
                        MinLength = Int(resolved["minLength"]), MaxLength = Int(resolved["maxLength"]),
                        Choices = kind == FieldKind.Choice ? SchemaText.Choices(resolved, locale) : [],
                    },
                };
            }
            finally
            {
                if (reference is not null && !recursive) openReferences.Remove(reference);
            }
        }

        private List<FormField> Children(JObject schema, string path, int depth, HashSet<string> openReferences)
        {
            if (schema["properties"] is not JObject properties) return [];
            var required = (schema["required"] as JArray)?.Values<string>().OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
            return properties.Properties()
                .Where(p => p.Value is JObject)
                .Select(p => Field((JObject)p.Value, p.Name, path.Length == 0 ? p.Name : path + "." + p.Name, required.Contains(p.Name), depth + 1, openReferences))
                .ToList();
        }

        private static FieldKind KindOf(JObject schema)
        {
            if (schema["enum"] is JArray || (schema["oneOf"] is JArray oneOf && oneOf.Count > 0 && oneOf.All(o => o is JObject c && c["const"] is not null)))
                return FieldKind.Choice;
            var types = schema["type"] switch
            {
                JValue { Type: JTokenType.String } one => [(string)one!],
                JArray many => many.Values<string>().OfType<string>().Where(t => t != "null").ToList(),
                _ => new List<string>(),
            };
            if (schema["properties"] is JObject || types is ["object"]) return FieldKind.Group;
            if (types is ["array"] || (types.Count == 0 && schema["items"] is JObject)) return FieldKind.List;
            return types switch
            {
                ["string"] => (string?)schema["format"] == "date" ? FieldKind.Date : FieldKind.Text,
                ["integer"] => FieldKind.Integer,
                ["number"] => FieldKind.Number,
                ["boolean"] => FieldKind.Boolean,
                _ => FieldKind.Json,
            };
        }
    }

    /// <summary>Follows a <c>#/…</c> reference, the only kind a pack may use.</summary>
    private static (JObject Schema, string? Reference) Resolve(JObject schema, JObject root)
    {
        if (schema["$ref"] is not JValue { Type: JTokenType.String } value || !((string)value!).StartsWith('#'))
            return (schema, null);
        var reference = (string)value!;
        JToken? target = root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            target = target?[Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        return target is JObject found ? (found, reference) : (schema, null);
    }

    private static decimal? Number(JToken? token) =>
        token?.Type is JTokenType.Integer or JTokenType.Float
        && decimal.TryParse(token.ToString(Newtonsoft.Json.Formatting.None), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value : null;

    private static int? Int(JToken? token) =>
        token?.Type == JTokenType.Integer && int.TryParse(token.ToString(Newtonsoft.Json.Formatting.None), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
}
