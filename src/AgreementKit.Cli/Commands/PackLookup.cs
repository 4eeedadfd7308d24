using AgreementKit.Cli.Output;
using AgreementKit.Templates.Packs;

namespace AgreementKit.Cli.Commands;

/// <summary>Finds a pack and a locale by name, printing what exists when the name is wrong.</summary>
internal static class PackLookup
{
    public static TemplatePack? Find(AgreementEngine engine, string id, CliConsole console)
    {
        var pack = engine.Packs.FirstOrDefault(p => p.Id == id);
        if (pack is null)
            console.Error.WriteLine($"agreementkit: error AK2001: there is no template pack '{id}' (packs: {string.Join(", ", engine.Packs.Select(p => p.Id))})");
        return pack;
    }

    public static string? Locale(TemplatePack pack, string? requested, CliConsole console)
    {
        if (requested is null) return pack.Locales[0];
        if (pack.Locales.Contains(requested)) return requested;
        console.Error.WriteLine($"agreementkit: error AK2002: pack '{pack.Id}' has no locale '{requested}' (locales: {string.Join(", ", pack.Locales)})");
        return null;
    }
}
