using AgreementKit.Diagnostics;
using AgreementKit.Templates.Packs;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Lint;

/// <summary>
/// AK2304: every field of schema.json has the words a form shows in every edition the pack lists. A pack with
/// one locale labels a field with its <c>title</c>; a pack with several writes them per locale
/// (<c>x-titles</c>, <c>x-descriptions</c> beside a description, <c>x-enumTitles</c> beside an enum — see
/// <see cref="SchemaLabels"/>), because the same field is a different legal thing in each jurisdiction and a
/// converted label would be wrong. The zh-Hant words are also checked for mainland vocabulary (AK2303).
/// Reported at the property's name in schema.json.
/// </summary>
internal static class FieldLabelCheck
{
    private static readonly string[] Keywords = [SchemaLabels.Titles, SchemaLabels.Descriptions, SchemaLabels.EnumTitles];

    /// <param name="schemaJson">The text of schema.json.</param>
    /// <param name="locales">The pack's locales.</param>
    /// <param name="schemaName">How to name schema.json in diagnostics.</param>
    public static IReadOnlyList<Diagnostic> Check(string schemaJson, IReadOnlyList<string> locales, string schemaName)
    {
        JObject root;
        try
        {
            root = JObject.Parse(schemaJson, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException)
        {
            // The pack loader reports a schema that does not parse.
            return [];
        }

        var check = new Walk(root, locales, schemaName, new TextPositions(schemaJson));
        check.Object(root, "", []);
        return check.Found;
    }

    private sealed class Walk(JObject root, IReadOnlyList<string> locales, string file, TextPositions positions)
    {
        private bool Several => locales.Count > 1;

        public List<Diagnostic> Found { get; } = [];

        /// <summary>The properties of an object schema and of a list's items, depth first; a schema that refers to itself is read once.</summary>
        public void Object(JObject schema, string path, HashSet<string> openReferences)
        {
            var (resolved, reference) = SchemaTreeReader.Resolve(schema, root);
            if (reference is not null && !openReferences.Add(reference)) return;
            if (resolved["properties"] is JObject properties)
            {
                foreach (var property in properties.Properties())
                {
                    if (property.Value is not JObject child) continue;
                    var childPath = path.Length == 0 ? property.Name : path + "." + property.Name;
                    Field(property, SchemaTreeReader.Resolve(child, root).Schema, childPath);
                    Object(child, childPath, openReferences);
                }
            }

            if (resolved["items"] is JObject items) Object(items, path + "[]", openReferences);
            if (reference is not null) openReferences.Remove(reference);
        }

        private void Field(JProperty property, JObject schema, string path)
        {
            var (line, column) = SchemaTreeReader.NamePosition(property, positions);
            var where = new SourceLocation { File = file, Line = Math.Max(line, 1), Column = Math.Max(column, 1) };
            foreach (var locale in locales)
            {
                if (!Several)
                {
                    if (SchemaLabels.Title(schema, locale) is null && SchemaLabels.Text(schema["title"]) is null)
                        Warn($"'{path}' has no {locale} label: add a \"title\", which the form shows", where);
                    continue;
                }

                var missing = new List<string>();
                if (SchemaLabels.Title(schema, locale) is null) missing.Add($"\"{SchemaLabels.Titles}\" (its label)");
                if ((SchemaLabels.Text(schema["description"]) is not null || schema[SchemaLabels.Descriptions] is not null) && SchemaLabels.Description(schema, locale) is null)
                    missing.Add($"\"{SchemaLabels.Descriptions}\" (its help text)");
                var names = SchemaLabels.ForLocale(schema[SchemaLabels.EnumTitles], locale) as JArray;
                if (schema["enum"] is JArray values)
                {
                    if (names is null) missing.Add($"\"{SchemaLabels.EnumTitles}\" (a list naming each value of its enum, in order)");
                    else if (names.Count != values.Count || names.Any(n => SchemaLabels.Text(n) is null))
                        Warn($"'{path}' has {names.Count} {locale} names in \"{SchemaLabels.EnumTitles}\" for an enum of {values.Count} values: give one name (text) per value, in the enum's order", where);
                }

                if (missing.Count > 0)
                    Warn($"'{path}' lacks its {locale} words: add \"{locale}\" to {Join(missing)}; the pack's editions share this schema, and each names the field in its own script and legal terms", where);
            }

            foreach (var keyword in Keywords)
            {
                switch (schema[keyword])
                {
                    case null:
                        break;
                    case JObject byLocale:
                        foreach (var entry in byLocale.Properties().Where(e => !locales.Contains(e.Name)))
                        {
                            var (entryLine, entryColumn) = SchemaTreeReader.NamePosition(entry, positions);
                            Warn($"\"{keyword}\" of '{path}' names '{entry.Name}', which is not a locale of the pack ({string.Join(", ", locales)})",
                                where with { Line = Math.Max(entryLine, 1), Column = Math.Max(entryColumn, 1) });
                        }

                        if (locales.Contains("zh-Hant")) Vocabulary(byLocale["zh-Hant"], path);
                        break;
                    default:
                        Warn($"\"{keyword}\" of '{path}' must be an object from locale to {(keyword == SchemaLabels.EnumTitles ? "a list of names" : "text")}, e.g. {{\"zh-Hans\": …, \"zh-Hant\": …}}", where);
                        break;
                }
            }
        }

        /// <summary>AK2303 at each mainland word of a zh-Hant label, help text or choice name.</summary>
        private void Vocabulary(JToken? words, string path)
        {
            var texts = words switch
            {
                JValue { Type: JTokenType.String } one => [one],
                JArray many => many.OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList(),
                _ => new List<JValue>(),
            };
            foreach (var value in texts)
            {
                var text = (string)value!;
                foreach (var (index, term) in MainlandVocabularyCheck.Find(text))
                    Found.Add(Diagnostic.Warning(DiagnosticCodes.MainlandVocabulary,
                        $"'{term.Term}' in the zh-Hant words of '{path}' is mainland usage; a zh-Hant (Taiwan) form writes '{term.Taiwan}'",
                        At(value, text, index)));
            }
        }

        /// <summary>Where character <paramref name="index"/> of a string value stands in the file (the value's opening quote when its spelling is unusual).</summary>
        private SourceLocation At(JValue value, string text, int index)
        {
            var info = (IJsonLineInfo)value;
            var line = info.HasLineInfo() ? info.LineNumber : 1;
            var lineText = positions.LineText(line);
            var spelled = JsonConvert.ToString(text);
            // Newtonsoft places a value's line info just past it.
            var start = info.HasLineInfo() ? info.LinePosition - spelled.Length : -1;
            if (start < 0 || start + spelled.Length > lineText.Length || string.CompareOrdinal(lineText, start, spelled, 0, spelled.Length) != 0)
                start = lineText.IndexOf(spelled, StringComparison.Ordinal);
            var column = start < 0 ? Math.Max(info.HasLineInfo() ? info.LinePosition : 1, 1) : start + JsonConvert.ToString(text[..index]).Length;
            return new SourceLocation { File = file, Line = line, Column = column };
        }

        private static string Join(List<string> parts) => parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

        private void Warn(string message, SourceLocation where) => Found.Add(Diagnostic.Warning(DiagnosticCodes.MissingFieldLabel, message, where));
    }
}
