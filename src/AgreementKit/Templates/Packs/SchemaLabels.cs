using Newtonsoft.Json.Linq;

namespace AgreementKit.Templates.Packs;

/// <summary>
/// The words a form shows for a schema property in one edition: <c>x-titles</c>, <c>x-descriptions</c> and
/// <c>x-enumNames</c>, each an object keyed by locale. One schema serves every edition of a pack, yet a field
/// means a different legal thing in each (<c>company.idNumber</c> is the 统一社会信用代码 of a mainland
/// company and the 統一編號 of a Taiwan one), so its label is written per locale, never converted. The plain
/// <c>title</c> and <c>description</c> stay the edition-neutral words that other JSON Schema tools and the
/// engine's messages use. Rendering never reads any of them.
/// </summary>
internal static class SchemaLabels
{
    public const string Titles = "x-titles";
    public const string Descriptions = "x-descriptions";
    public const string EnumTitles = "x-enumTitles";

    /// <summary>NJsonSchema's own keyword: one list of names for every locale.</summary>
    public const string EnumNames = "x-enumNames";

    /// <summary>The property's label in <paramref name="locale"/> from <c>x-titles</c>, or null when it has none.</summary>
    public static string? Title(JObject schema, string locale) => Text(ForLocale(schema[Titles], locale));

    /// <summary>The property's help text in <paramref name="locale"/> from <c>x-descriptions</c>, or null when it has none.</summary>
    public static string? Description(JObject schema, string locale) => Text(ForLocale(schema[Descriptions], locale));

    /// <summary>
    /// The names of an enum's values in <paramref name="locale"/>, in the enum's order: <c>x-enumTitles</c> keyed by
    /// locale, else NJsonSchema's <c>x-enumNames</c> list, meant for every locale; null when there are none. A name
    /// may be null where the list is short or holds something other than text.
    /// </summary>
    public static IReadOnlyList<string?>? EnumTitlesFor(JObject schema, string locale) =>
        (ForLocale(schema[EnumTitles], locale) ?? schema[EnumNames]) is JArray names
            ? names.Select(Text).ToList()
            : null;

    /// <summary>The entry for <paramref name="locale"/> of an object keyed by locale; null for anything else.</summary>
    internal static JToken? ForLocale(JToken? keyword, string locale) => keyword is JObject byLocale ? byLocale[locale] : null;

    /// <summary>Trimmed text, or null for anything that is not a non-blank string.</summary>
    internal static string? Text(JToken? token) =>
        token is JValue { Type: JTokenType.String } value && ((string)value!).Trim() is { Length: > 0 } text ? text : null;
}
