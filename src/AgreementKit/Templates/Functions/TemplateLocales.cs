using AgreementKit.Chinese;
namespace AgreementKit.Templates.Functions;

/// <summary>The locales a template pack can be rendered in, and the script each one is written in.</summary>
internal static class TemplateLocales
{
    public const string Simplified = "zh-Hans";
    public const string Traditional = "zh-Hant";

    public static bool TryGetScript(string locale, out ChineseScript script)
    {
        // Ordinal: locale names are identifiers, and a near miss such as "zh-hans" must not pass silently.
        switch (locale)
        {
            case Simplified:
                script = ChineseScript.Simplified;
                return true;
            case Traditional:
                script = ChineseScript.Traditional;
                return true;
            default:
                script = default;
                return false;
        }
    }
}
