using AgreementKit.Backends.Pdf;
using AgreementKit.Backends.Pdf.Direct;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using AgreementKit.Tests.Layout;
using AgreementKit.Tests.Support;
using UglyToad.PdfPig;

namespace AgreementKit.Tests.Backends.Pdf;

/// <summary>
/// The direct PDF writer against Skia's PDF backend drawing the same pages with the same font subsets:
/// the same letters at the same places, and the same look.
/// </summary>
public class DirectPdfWriterTests
{
    private static readonly FontSet Fonts = FontSet.Bundled(FontScript.Simplified);

    private static byte[] Direct(LayoutDocument document)
    {
        using var stream = new MemoryStream();
        Assert.True(PdfRenderer.Render(document, Fonts, stream).Succeeded);
        return stream.ToArray();
    }

    [Fact]
    public void Every_letter_stands_where_Skia_puts_it_with_the_same_size_and_width()
    {
        var document = SampleDocument.Create();
        using var direct = PdfDocument.Open(Direct(document));
        using var skia = PdfDocument.Open(SkiaReference.Render(document, Fonts, subsets: true));
        Assert.Equal(skia.NumberOfPages, direct.NumberOfPages);
        var letters = 0;
        for (var number = 1; number <= direct.NumberOfPages; number++)
        {
            var ours = direct.GetPage(number);
            var theirs = skia.GetPage(number);
            Assert.Equal(theirs.Letters.Select(l => l.Value), ours.Letters.Select(l => l.Value));
            foreach (var (a, b) in ours.Letters.Zip(theirs.Letters))
            {
                // Measured from the top: Skia rounds the page height to whole points, this writer does not.
                Assert.True(Math.Abs(a.StartBaseLine.X - b.StartBaseLine.X) < 0.01
                    && Math.Abs(ours.Height - a.StartBaseLine.Y - (theirs.Height - b.StartBaseLine.Y)) < 0.2,
                    $"page {number}: '{a.Value}' at ({a.StartBaseLine.X}, {ours.Height - a.StartBaseLine.Y}), Skia's at ({b.StartBaseLine.X}, {theirs.Height - b.StartBaseLine.Y})");
                Assert.True(Math.Abs(a.Width - b.Width) < 0.01, $"page {number}: '{a.Value}' is {a.Width} wide, Skia's {b.Width}");
                Assert.Equal(b.PointSize, a.PointSize, 2);
                letters++;
            }
        }
        Assert.True(letters > 2000, $"{letters} letters compared");
    }

    [Fact]
    public void Pages_look_as_Skia_draws_them()
    {
        // On a page of whole points (Skia rounds A4 to 595 x 842) the two files place glyphs alike, up to
        // float rounding in Skia's positions that moves an occasional glyph by a quarter pixel when poppler
        // rasterises; a wrong glyph, size or place would change thousands of pixels.
        var document = SampleDocument.Create();
        document = document with { Page = document.Page with { Width = 595, Height = 842 } };
        var direct = Direct(document);
        var skia = SkiaReference.Render(document, Fonts, subsets: true);
        using var reader = PdfDocument.Open(direct);
        for (var page = 1; page <= reader.NumberOfPages; page++)
        {
            var a = PageImages.Gray(direct, page, 60);
            var b = PageImages.Gray(skia, page, 60);
            Assert.Equal(b.Length, a.Length);
            Assert.True(a.Count(v => v < 128) > 1000, $"page {page} has hardly any ink");
            var differing = a.Zip(b).Count(p => p.First != p.Second);
            Assert.True(differing <= a.Length / 1000, $"page {page}: {differing} of {a.Length} pixels differ");
        }
    }

    [Fact]
    public void The_file_is_the_same_bytes_on_every_render_and_passes_qpdf()
    {
        var document = SampleDocument.Create();
        var first = Direct(document);
        Assert.Equal(first, Direct(document));
        var path = Path.Combine(Path.GetTempPath(), $"agreementkit-{Environment.ProcessId}-direct-check.pdf");
        File.WriteAllBytes(path, first);
        try
        {
            var check = ExternalTool.Run("qpdf", "--check", path);
            Assert.True(check.ExitCode == 0, check.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("_Toc_ch1", "/_Toc_ch1")]
    [InlineData("a b#c", "/a#20b#23c")]
    [InlineData("第1章", "/#E7#AC#AC1#E7#AB#A0")]
    [InlineData("x(y)", "/x#28y#29")]
    public void Names_escape_what_a_name_cannot_hold(string name, string spelled) =>
        Assert.Equal(spelled, PdfSyntax.Name(name));

    [Theory]
    [InlineData(0f, "0")]
    [InlineData(12f, "12")]
    [InlineData(1.5f, "1.5")]
    [InlineData(-0.25f, "-0.25")]
    [InlineData(595.2756f, "595.276")]
    [InlineData(841.8898f, "841.89")]
    [InlineData(0.0004f, "0")]
    [InlineData(-0.0004f, "0")]
    [InlineData(-12.0625f, "-12.063")]
    public void Numbers_have_at_most_three_decimals_and_no_trailing_zeros(float value, string spelled) =>
        Assert.Equal(spelled, PdfSyntax.Number(value));

    [Theory]
    [InlineData("AgreementKit", "(AgreementKit)")]
    [InlineData(@"a(b)\c", @"(a\(b\)\\c)")]
    [InlineData("甲方", "<FEFF753265B9>")]
    public void Text_strings_are_literal_for_ascii_and_utf16_hex_otherwise(string text, string spelled) =>
        Assert.Equal(spelled, PdfSyntax.Text(text));

    [Fact]
    public void Dates_carry_their_own_offset() =>
        Assert.Equal("(D:20241227093000+08'00')", PdfSyntax.Date(new DateTimeOffset(2024, 12, 27, 9, 30, 0, TimeSpan.FromHours(8))));
}
