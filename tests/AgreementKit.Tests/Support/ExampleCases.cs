using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Support;

/// <summary>Every shipped pack × locale × lead party, with its example parameters.</summary>
internal static class ExampleCases
{
    public static readonly AgreementEngine Engine = new();

    public static IEnumerable<(string Pack, string Locale, string? Lead)> All()
    {
        foreach (var pack in Engine.Packs)
        foreach (var locale in pack.Locales)
        {
            var example = JObject.Parse(pack.GetExample(locale)!);
            if (example["leadParty"] is null) { yield return (pack.Id, locale, null); continue; }
            foreach (var lead in new[] { "company", "agent", "intermediary" }) yield return (pack.Id, locale, lead);
        }
    }

    public static TheoryData<string, string, string> Theory()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (pack, locale, lead) in All()) data.Add(pack, locale, lead ?? "-");
        return data;
    }

    public static JObject Parameters(string pack, string locale, string lead)
    {
        var json = JObject.Parse(Engine.GetPack(pack).GetExample(locale)!);
        if (lead != "-") json["leadParty"] = lead;
        return json;
    }

    public static AgreementKit.Model.Agreement Assemble(string pack, string locale, string lead) =>
        Engine.Assemble(pack, AgreementParameters.FromJObject(Parameters(pack, locale, lead), $"{pack}.example.{locale}.json"), locale);

    public static string Tag(string pack, string locale, string lead) => lead == "-" ? $"{pack}.{locale}" : $"{pack}.{locale}.{lead}";
}
