using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Support;

/// <summary>Every shipped pack × locale × lead party, with its example parameters.</summary>
internal static class ExampleCases
{
    public static readonly AgreementEngine Engine = new();

    /// <summary>Each pack and locale once per value of the pack's variant parameter (its lead party), or once.</summary>
    public static IEnumerable<(string Pack, string Locale, string? Lead)> All()
    {
        foreach (var pack in Engine.Packs)
        foreach (var locale in pack.Locales)
        {
            var values = VariantValues(pack);
            if (values.Count == 0) { yield return (pack.Id, locale, null); continue; }
            foreach (var lead in values) yield return (pack.Id, locale, lead);
        }
    }

    private static IReadOnlyList<string> VariantValues(AgreementKit.Templates.Packs.TemplatePack pack) =>
        pack.VariantParameter is { } name && JObject.Parse(pack.SchemaJson)["properties"]?[name]?["enum"] is JArray values
            ? values.Values<string>().OfType<string>().ToList()
            : [];

    public static TheoryData<string, string, string> Theory()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (pack, locale, lead) in All()) data.Add(pack, locale, lead ?? "-");
        return data;
    }

    public static JObject Parameters(string pack, string locale, string lead)
    {
        var loaded = Engine.GetPack(pack);
        var json = JObject.Parse(loaded.GetExample(locale)!);
        if (lead != "-") json[loaded.VariantParameter!] = lead;
        return json;
    }

    public static AgreementKit.Model.Agreement Assemble(string pack, string locale, string lead) =>
        Engine.Assemble(pack, AgreementParameters.FromJObject(Parameters(pack, locale, lead), $"{pack}.example.{locale}.json"), locale);

    public static string Tag(string pack, string locale, string lead) => lead == "-" ? $"{pack}.{locale}" : $"{pack}.{locale}.{lead}";
}
