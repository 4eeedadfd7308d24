using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// fontTable.xml: names the fonts the styles use with their character set, so a reader without them
/// substitutes a Chinese font rather than a Latin one. Known Chinese fonts also get their English name.
/// </summary>
internal static class FontTableWriter
{
    private static readonly Dictionary<string, string> EnglishNames = new(StringComparer.Ordinal)
    {
        ["宋体"] = "SimSun",
        ["黑体"] = "SimHei",
        ["仿宋"] = "FangSong",
        ["楷体"] = "KaiTi",
        ["新細明體"] = "PMingLiU",
        ["微軟正黑體"] = "Microsoft JhengHei",
        ["標楷體"] = "DFKai-SB",
    };

    public static Fonts Build(DocxOptions o)
    {
        var fonts = new Fonts();
        foreach (var name in new[] { o.LatinFont, o.BodyFont, o.HeadingFont }.Distinct(StringComparer.Ordinal))
        {
            var chinese = name.Any(c => c >= '\u2E80');
            var font = new Font { Name = name };
            if (EnglishNames.TryGetValue(name, out var english)) font.AltName = new AltName { Val = english };
            // 86 is GB2312 (136 Big5 for the Taiwan fonts); 00 is ANSI.
            font.FontCharSet = new FontCharSet { Val = chinese ? (name is "新細明體" or "微軟正黑體" or "標楷體" ? "88" : "86") : "00" };
            font.FontFamily = new FontFamily { Val = chinese ? FontFamilyValues.Auto : FontFamilyValues.Roman };
            font.Pitch = new Pitch { Val = FontPitchValues.Variable };
            fonts.Append(font);
        }

        return fonts;
    }
}
