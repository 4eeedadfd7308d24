using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>settings.xml: the few document settings a Chinese agreement needs. Children in schema order.</summary>
internal static class SettingsWriter
{
    public static Settings Build(string locale) => new(
        new Zoom { Percent = "100" },
        // Two characters of 五号 text: the tab grid Chinese Word uses.
        new DefaultTabStop { Val = 420 },
        // Compress full-width punctuation at line ends instead of stretching the line.
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = StylesWriter.EastAsianLanguage(locale) });
}
