using AgreementKit.Diagnostics;
using AgreementKit.Layout.Fonts;

namespace AgreementKit.Tests.Layout;

public class FontSetTests
{
    [Fact]
    public void Characters_without_a_glyph_are_reported_once_each_astral_ones_whole()
    {
        var fonts = FontSet.Bundled(FontScript.Simplified);
        var missing = fonts.FindMissingCharacters("甲方𠀀乙方😀，𠀀12.5%");
        Assert.Equal(["𠀀", "😀"], missing);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bundled_faces_cover_the_characters_agreements_use(bool traditional)
    {
        var fonts = FontSet.Bundled(traditional ? FontScript.Traditional : FontScript.Simplified);
        const string text = "一方日金甲乙丙丁龘龥，。、；：？！（）《》「」『』【】〔〕“”‘’…—·％‰¥￥%〇　ＡＢ１２abcXYZ0123456789ā㐀";
        Assert.Empty(fonts.FindMissingCharacters(text));
    }

    [Fact]
    public void Radicals_are_not_in_the_bundled_cmaps_so_ideographs_extract_as_themselves()
    {
        var fonts = FontSet.Bundled(FontScript.Simplified);
        // ⼀ U+2F00 and ⽅ U+2F45 share glyphs with 一 and 方; the subset must not map them.
        Assert.Equal(["⼀", "⽅", "⺠"], fonts.FindMissingCharacters("⼀⽅⺠一方"));
    }

    [Theory]
    [InlineData("zh-CN", false)]
    [InlineData("zh-Hans", false)]
    [InlineData("zh", false)]
    [InlineData("zh-Hant", true)]
    [InlineData("zh-TW", true)]
    [InlineData("zh_HK", true)]
    [InlineData("zh-Hans-HK", false)]
    public void The_locale_picks_the_script(string locale, bool traditional) =>
        Assert.Equal(traditional ? FontScript.Traditional : FontScript.Simplified, FontSet.ScriptOf(locale));

    [Fact]
    public void Simplified_and_traditional_faces_differ()
    {
        Assert.NotSame(FontSet.ForLocale("zh-CN").Regular, FontSet.ForLocale("zh-TW").Regular);
        Assert.Same(FontSet.ForLocale("zh-CN").Regular, FontSet.Bundled(FontScript.Simplified).Regular);
    }

    [Fact]
    public void A_missing_user_font_is_reported_as_AK4002()
    {
        var diagnostics = new List<Diagnostic>();
        var set = FontSet.FromFiles(new FontFile("/nonexistent/font.otf"), new FontFile("/nonexistent/bold.otf"), diagnostics);
        Assert.Null(set);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.FontNotFound, d.Code));
    }

    [Fact]
    public void A_user_font_file_replaces_the_bundled_face()
    {
        const string ttc = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
        Assert.True(File.Exists(ttc), $"{ttc} is needed (apt-get install fonts-noto-cjk)");
        var diagnostics = new List<Diagnostic>();
        var set = FontSet.FromFiles(new FontFile(ttc, 2), new FontFile(ttc, 2), diagnostics);
        Assert.NotNull(set);
        Assert.Empty(diagnostics);
        Assert.Equal("Noto Sans CJK SC", set.Regular.Typeface.FamilyName);
        Assert.Empty(set.FindMissingCharacters("甲方乙方"));
    }
}
