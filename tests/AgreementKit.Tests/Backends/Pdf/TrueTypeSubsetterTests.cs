using AgreementKit.Tests.Layout;
using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Backends.Pdf.TrueType;
using AgreementKit.Tests.Support;
using SkiaSharp;

namespace AgreementKit.Tests.Backends.Pdf;

/// <summary>
/// The per-document font subsets: every character drawn must look exactly as in the full font, map back
/// to itself, and a broken font must be refused with FontFormatException (the PDF then embeds it whole).
/// </summary>
public class TrueTypeSubsetterTests
{
    private static (SKTypeface Subset, List<CharGlyph> Characters) Cut(FontFace face, string text)
    {
        Assert.NotNull(TrueTypeFaces.Of(face));
        using var font = face.CreateFont(12);
        var characters = text.EnumerateRunes().Select(r => new CharGlyph(r.Value, font.GetGlyph(r.Value)))
            .Distinct().Order().ToList();
        Assert.All(characters, c => Assert.NotEqual(0, c.Glyph));
        var bytes = TrueTypeSubsetter.Subset(face.Data, TrueTypeFaces.Of(face)!, characters);
        return (SKTypeface.FromData(SKData.CreateCopy(bytes)) ?? throw new Xunit.Sdk.XunitException("Skia cannot open the subset"), characters);
    }

    private static void AssertSameDrawing(FontFace face, SKTypeface subset, List<CharGlyph> characters)
    {
        using var full = face.CreateFont(1000);
        using var cut = FontFace.CreateFont(subset, 1000);
        for (var i = 0; i < characters.Count; i++)
        {
            var (code, glyph) = (characters[i].CodePoint, characters[i].Glyph);
            var label = $"{char.ConvertFromUtf32(code)} U+{code:X4}";
            Assert.True((ushort)(i + 1) == cut.GetGlyph(code) || characters.Take(i).Any(c => c.CodePoint == code), $"{label}: cmap");
            using var expected = full.GetGlyphPath(glyph);
            using var actual = cut.GetGlyphPath((ushort)(i + 1));
            Assert.Equal(expected.ToSvgPathData(), actual.ToSvgPathData());
            Assert.Equal(full.GetGlyphWidths([glyph])[0], cut.GetGlyphWidths([(ushort)(i + 1)])[0]);
        }
    }

    [Fact]
    public void Every_character_is_drawn_as_in_the_full_font_and_mapped_to_its_own_glyph()
    {
        var face = FontSet.Bundled(FontScript.Simplified).Regular;
        var (subset, characters) = Cut(face, "第一章 甲方（上海澜川智能装备有限公司）与乙方，签订本协议。LC-CRM-2025-0086 ¥1,000.00 ①");
        using (subset)
        {
            Assert.Equal(characters.Count + 1, subset.GlyphCount);
            AssertSameDrawing(face, subset, characters);
            using var font = FontFace.CreateFont(subset, 12);
            Assert.Equal(0, font.GetGlyph('乙' + 1)); // nothing else survives
        }
    }

    [Theory]
    [InlineData(0, 2)] // a closing mark losing its blank right half
    [InlineData(2, 0)] // an opening mark losing its blank left half: the outline moves left with it
    [InlineData(1, 1)] // a centred stop of Taiwan's fonts losing a quarter on each side
    public void A_trimmed_variant_is_narrower_by_the_trim_and_draws_the_same_outline_moved_left(byte left, byte right)
    {
        var face = FontSet.Bundled(FontScript.Simplified).Regular;
        using var full = face.CreateFont(1000);
        var characters = "（“，。）".EnumerateRunes().Select(r => new CharGlyph(r.Value, full.GetGlyph(r.Value), new GlyphTrim(left, right))).Order().ToList();
        var bytes = TrueTypeSubsetter.Subset(face.Data, TrueTypeFaces.Of(face)!, characters, new GlyphTrim(left, right));
        using var subset = SKTypeface.FromData(SKData.CreateCopy(bytes));
        Assert.NotNull(subset);
        using var cut = FontFace.CreateFont(subset, 1000);
        for (var i = 0; i < characters.Count; i++)
        {
            var c = characters[i];
            var id = (ushort)(i + 1);
            Assert.Equal(id, cut.GetGlyph(c.CodePoint));
            Assert.Equal(full.GetGlyphWidths([c.Glyph])[0] - 250 * (left + right), cut.GetGlyphWidths([id])[0], 0.01);
            using var expected = full.GetGlyphPath(c.Glyph);
            expected.Transform(SKMatrix.CreateTranslation(-250 * left, 0));
            using var actual = cut.GetGlyphPath(id);
            // FreeType places a composite's points within a quarter of a font unit of the moved simple glyph's.
            var (want, got) = (Numbers(expected.ToSvgPathData()), Numbers(actual.ToSvgPathData()));
            Assert.Equal(want.Count, got.Count);
            Assert.All(want.Zip(got), p => Assert.Equal(p.First, p.Second, 0.5));
        }
    }

    private static List<double> Numbers(string svgPath) =>
        System.Text.RegularExpressions.Regex.Matches(svgPath, @"-?\d+(\.\d+)?").Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public void Code_points_that_share_a_glyph_in_the_font_get_one_glyph_each()
    {
        // In Noto CJK the compatibility ideograph U+F967 is drawn by the glyph of 不 U+4E0D; a PDF built on
        // the shared glyph would extract one as the other.
        var face = FontSet.Bundled(FontScript.Traditional).Regular;
        using var full = face.CreateFont(12);
        Assert.Equal(full.GetGlyph(0xF967), full.GetGlyph(0x4E0D));
        var (subset, characters) = Cut(face, "\uF967\u4E0D");
        using (subset)
        {
            using var font = FontFace.CreateFont(subset, 12);
            Assert.Equal(1, font.GetGlyph(0x4E0D));
            Assert.Equal(2, font.GetGlyph(0xF967));
            AssertSameDrawing(face, subset, characters);
        }
    }

    [Fact]
    public void Composite_glyphs_bring_their_components_along()
    {
        var face = FontFace.TryLoad(new FontFile(DejaVuFonts.Require("DejaVuSans.ttf")))!;
        var (subset, characters) = Cut(face, "éÅǺňŽ");
        using (subset)
        {
            Assert.True(subset.GlyphCount > characters.Count + 1, "the accents and base letters were not added as components");
            AssertSameDrawing(face, subset, characters);
        }
    }

    [Fact]
    public void A_truncated_or_garbled_font_is_refused_with_a_font_format_error()
    {
        var bytes = File.ReadAllBytes(DejaVuFonts.Require("DejaVuSans.ttf"));
        var characters = new List<CharGlyph> { new('A', 36), new('é', 105) };
        var random = new Random(20261123);
        var refused = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            var damaged = bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();
            if (trial % 2 == 1) // garble instead of truncating
            {
                damaged = (byte[])bytes.Clone();
                for (var k = 0; k < 40; k++)
                    damaged[random.Next(trial % 4 == 1 ? 4096 : damaged.Length)] = (byte)random.Next(256); // directory, or anywhere
            }
            // Either refused cleanly (the renderer then lets Skia embed the font as it is) or cut into a
            // subset that reads back as a font; never another exception, never a hang.
            try
            {
                var font = SfntFont.Read(damaged, 0);
                var subset = TrueTypeSubsetter.Subset(damaged, font, characters);
                Assert.True(SfntFont.Read(subset, 0).HasTrueTypeOutlines, $"trial {trial}: the subset is not a TrueType font");
            }
            catch (FontFormatException)
            {
                refused++;
            }
        }

        // Every truncation cuts into the tables this code reads; most garbling does too.
        Assert.InRange(refused, 150, 300);
    }
}
