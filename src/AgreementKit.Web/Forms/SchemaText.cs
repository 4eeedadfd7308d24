using System.Text.RegularExpressions;
using AgreementKit.Templates.Packs;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Forms;

/// <summary>
/// The words of a schema property for people in one edition: its label, its help and the names of its choices.
/// A pack's own words for the edition come first (<c>x-titles</c>, <c>x-descriptions</c>, <c>x-enumTitles</c>:
/// see <see cref="SchemaLabels"/>), because one schema serves both editions and a field means a different legal
/// thing in each. Without them the plain <c>title</c> and <c>description</c> are used; these describe fields as
/// "中文 / English", and the form is Chinese-first, so it shows the Chinese part.
/// </summary>
internal static class SchemaText
{
    /// <summary>The label and help in <paramref name="locale"/> of a property called <paramref name="key"/>.</summary>
    public static (string Label, string? Help) Describe(JObject schema, string key, string locale)
    {
        var title = SchemaLabels.Title(schema, locale) ?? Text(schema["title"]);
        var description = SchemaLabels.Description(schema, locale) ?? (Text(schema["description"]) is { } d ? ChinesePart(d) : null);
        if (title is not null) return (title, description is not null && description != title ? description : null);
        if (description is null) return (key, null);
        // Without a title the description's first phrase is the label: "签订日期（ISO 日期，YYYY-MM-DD）" → 签订日期.
        var cut = description.IndexOfAny(['（', '(', '：', ':']);
        var label = cut >= 2 ? description[..cut].Trim() : description;
        return (label, label == description ? null : description);
    }

    /// <summary>The part of a "中文 / English" description before the English.</summary>
    public static string ChinesePart(string description)
    {
        var at = description.IndexOf(" / ", StringComparison.Ordinal);
        return (at > 0 ? description[..at] : description).Trim();
    }

    /// <summary>
    /// The choices of an enum with their names in <paramref name="locale"/>: from <c>x-enumTitles</c>, else
    /// <c>x-enumNames</c>/<c>enumNames</c>, from a <c>oneOf</c> of <c>const</c> + <c>title</c> (or <c>x-titles</c>), or
    /// from the description's "month 每月，quarter 每季度" list; else the value itself.
    /// </summary>
    public static IReadOnlyList<ChoiceOption> Choices(JObject schema, string locale)
    {
        if (schema["oneOf"] is JArray oneOf && oneOf.All(o => o is JObject c && c["const"] is not null))
            return oneOf.Cast<JObject>().Select(c => new ChoiceOption(c["const"]!, SchemaLabels.Title(c, locale) ?? Text(c["title"]) ?? Shown(c["const"]!))).ToList();
        if (schema["enum"] is not JArray values) return [];
        var names = SchemaLabels.EnumTitlesFor(schema, locale) ?? (schema["enumNames"] as JArray)?.Select(Text).ToList();
        var description = SchemaLabels.Description(schema, locale) ?? (Text(schema["description"]) is { } d ? ChinesePart(d) : "");
        return values.Select((value, i) =>
        {
            var name = names is not null && i < names.Count ? names[i] : null;
            return new ChoiceOption(value, name ?? FromDescription(description, value) ?? Shown(value));
        }).ToList();
    }

    private static string? FromDescription(string description, JToken value)
    {
        if (value.Type != JTokenType.String || (string)value! is not { Length: > 0 } text) return null;
        var match = Regex.Match(description, $@"(?<![A-Za-z0-9_]){Regex.Escape(text)}\s+");
        if (!match.Success) return null;
        // The name runs to the next separator outside brackets: "intermediary 第三方中介（丙方，此時為簽約方）；…".
        var depth = 0;
        var end = match.Index + match.Length;
        for (; end < description.Length; end++)
        {
            var c = description[end];
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is '，' or ',' or '；' or ';' or '/') break;
        }

        var name = description[(match.Index + match.Length)..end].Trim();
        return name.Length > 0 ? name : null;
    }

    private static string Shown(JToken value) => value.Type == JTokenType.String ? (string)value! : value.ToString(Newtonsoft.Json.Formatting.None);

    private static string? Text(JToken? token) =>
        token is JValue { Type: JTokenType.String } v && ((string)v!).Trim() is { Length: > 0 } text ? text : null;
}
