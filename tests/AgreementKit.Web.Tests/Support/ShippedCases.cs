using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Tests.Support;

/// <summary>Every shipped pack × locale × lead party (the pack's variant parameter), with its example.</summary>
internal static class ShippedCases
{
    public static readonly AgreementEngine Engine = new();

    public static TheoryData<string, string, string> All()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var pack in Engine.Packs)
        foreach (var locale in pack.Locales)
        {
            var leads = pack.VariantParameter is { } name && JObject.Parse(pack.SchemaJson)["properties"]?[name]?["enum"] is JArray values
                ? values.Values<string>().OfType<string>().ToList()
                : ["-"];
            foreach (var lead in leads) data.Add(pack.Id, locale, lead);
        }

        return data;
    }

    /// <summary>The example of a pack and locale with the lead party set.</summary>
    public static JObject Example(string pack, string locale, string lead)
    {
        var loaded = Engine.GetPack(pack);
        var json = JObject.Parse(loaded.GetExample(locale)!);
        if (lead != "-") json[loaded.VariantParameter!] = lead;
        return json;
    }
}
