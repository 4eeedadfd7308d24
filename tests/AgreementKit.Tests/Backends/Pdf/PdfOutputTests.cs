using AgreementKit.Tests.Support;
using AgreementKit.Tests.Layout;
using AgreementKit.Diagnostics;
using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Paging;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using Xunit.Abstractions;

namespace AgreementKit.Tests.Backends.Pdf;

public class PdfOutputTests(ITestOutputHelper output)
{
    private static readonly FontSet Fonts = FontSet.Bundled(FontScript.Simplified);

    private static (byte[] Pdf, RenderResult Result) Render(LayoutDocument document)
    {
        using var stream = new MemoryStream();
        var result = PdfRenderer.Render(document, Fonts, stream);
        return (stream.ToArray(), result);
    }

    private static RecordingCanvas Record(LayoutDocument document)
    {
        using var cache = new GlyphCache();
        var shaper = new TextShaper(Fonts, cache);
        var layout = PdfRenderer.LayoutChecked(document, shaper, []);
        Assert.NotNull(layout);
        var canvas = new RecordingCanvas();
        DocumentPainter.Paint(layout, canvas, shaper);
        return canvas;
    }

    private static string TempFile(byte[] pdf, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"agreementkit-{Environment.ProcessId}-{name}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    [Fact]
    public void Text_read_back_per_page_is_exactly_what_was_laid_out()
    {
        var document = SampleDocument.Create();
        var (pdf, result) = Render(document);
        Assert.True(result.Succeeded);
        var recorded = Record(document);
        using var reader = PdfDocument.Open(pdf);
        Assert.True(reader.NumberOfPages >= 4, $"only {reader.NumberOfPages} pages");
        Assert.Equal(recorded.Pages.Count, reader.NumberOfPages);
        for (var p = 1; p <= reader.NumberOfPages; p++)
        {
            var page = reader.GetPage(p);
            var extracted = string.Concat(page.Letters.Select(l => l.Value));
            Assert.Equal(recorded.Pages[p - 1].AllText, extracted);
            Assert.Contains($"第 {p} 页 共 {reader.NumberOfPages} 页", extracted);
            Assert.DoesNotContain(extracted.EnumerateRunes(), r => r.Value is >= 0x2E80 and <= 0x2FDF);
        }
        var all = string.Concat(Enumerable.Range(1, reader.NumberOfPages).Select(p => string.Concat(reader.GetPage(p).Letters.Select(l => l.Value))));
        Assert.Contains("一方日金", all);
        Assert.Contains("12.5%", all);
        Assert.Contains("（1）", all);
    }

    [Fact]
    public void Every_font_is_embedded_as_a_TrueType_subset()
    {
        var (pdf, _) = Render(SampleDocument.Create());
        var path = TempFile(pdf, "fonts");
        try
        {
            var (exit, text) = ExternalTool.Run("pdffonts", path);
            Assert.Equal(0, exit);
            var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
            Assert.All(rows, row => Assert.Equal("yes", row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
            // A CID font per face holding just the characters drawn (sub = yes, name prefixed ABCDEF+), not Type 3
            // glyphs, and one per narrowed variant of compressed punctuation.
            var fonts = Record(SampleDocument.Create()).Pages.SelectMany(p => p.Runs).Select(r => (r.Run.Face, r.Run.Trim)).Distinct().ToList();
            Assert.Equal(2, fonts.Select(f => f.Face).Distinct().Count());
            Assert.Contains(fonts, f => !f.Trim.IsNone);
            Assert.Equal(fonts.Count, rows.Count);
            Assert.All(rows, row => Assert.Contains("CID TrueType", row));
            Assert.All(rows, row => Assert.Equal("yes", row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^4]));
            // pdffonts says "sub" for any prefixed name; the size shows it: the two whole fonts are 22 MB.
            Assert.InRange(pdf.Length, 10_000, 1_000_000);
            using var reader = PdfDocument.Open(pdf);
            Assert.All(reader.GetPages().SelectMany(p => p.Letters), l => Assert.False(string.IsNullOrEmpty(l.FontName)));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_renders_are_byte_identical_and_pass_qpdf(bool pdfA)
    {
        var (first, _) = Render(SampleDocument.Create(pdfA));
        var (second, _) = Render(SampleDocument.Create(pdfA));
        Assert.Equal(first, second);
        var path = TempFile(first, $"qpdf-{pdfA}");
        try
        {
            var (exit, text) = ExternalTool.Run("qpdf", "--check", path);
            output.WriteLine(text);
            Assert.True(exit == 0, text);
            Assert.DoesNotContain("WARNING", text, StringComparison.OrdinalIgnoreCase);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PdfA_output_claims_PdfA_with_an_id_derived_from_the_content()
    {
        var (pdf, _) = Render(SampleDocument.Create(pdfA: true));
        var text = PdfBytes.ToText(pdf);
        Assert.Contains("pdfaid:part", text);
        var (other, _) = Render(SampleDocument.Create(pdfA: true, extraText: "另一份协议。"));
        string Id(string s) => System.Text.RegularExpressions.Regex.Match(s, @"/ID \[<([0-9A-F]{32})>").Groups[1].Value;
        Assert.NotEqual("", Id(text));
        Assert.NotEqual(Id(text), Id(PdfBytes.ToText(other)));
    }

    [Fact]
    public void A_PdfA_trailer_id_that_Skia_wrote_as_a_literal_string_is_replaced_too()
    {
        // Skia picks (…) over <hex> when the random ID bytes are mostly printable, about one PDF/A in a
        // few hundred; the ID must still come out derived from the content.
        const string uuid = "0a1b2c3d-4e5f-1a2b-8c3d-4e5f6a7b8c9d";
        string Pdf(string body) =>
            $"%PDF-1.4\n1 0 obj\n<</Id (uuid:{uuid}) /Body ({body})>>\nendobj\nxref\n0 2\ntrailer\n<</Size 2\n/ID [(a\\)b(c)d\x01) (a\\)b(c)d\x01)]>>\nstartxref\n70\n%%EOF\n";
        var first = PdfBytes.ToText(PdfDocumentId.MakeDeterministic(PdfBytes.FromText(Pdf("one"))));
        var again = PdfBytes.ToText(PdfDocumentId.MakeDeterministic(PdfBytes.FromText(Pdf("one"))));
        var other = PdfBytes.ToText(PdfDocumentId.MakeDeterministic(PdfBytes.FromText(Pdf("two"))));
        string Id(string s) => System.Text.RegularExpressions.Regex.Match(s, @"/ID \[<([0-9A-F]{32})> <\1>\]>>\nstartxref\n70\n").Groups[1].Value;
        Assert.NotEqual("", Id(first));
        Assert.Equal(first, again);
        Assert.NotEqual(Id(first), Id(other));
        Assert.DoesNotContain(uuid, first);
    }

    [Fact]
    public void Renders_that_differ_only_in_Skias_random_id_give_the_same_bytes_whichever_way_it_was_spelled()
    {
        // Skia's UUID is random per render; the trailer repeats its 16 bytes as <hex> or, when they are
        // mostly printable, as a literal (…). Both renders below are the same document: the output must be too.
        static string Pdf(string uuid, string trailerId) =>
            $"%PDF-1.4\n1 0 obj\n<</Id (uuid:{uuid}) /Body (one)>>\nendobj\nxref\n0 2\ntrailer\n<</Size 2\n/ID [{trailerId} {trailerId}]>>\nstartxref\n70\n%%EOF\n";
        var hexSpelled = Pdf("9b33d61e-e749-5197-a40c-77ca91264bae", "<9B33D61EE7495197A40C77CA91264BAE>");
        // The bytes of "abcdefgh(jkl)mn\x01" as a literal: printable, with escapes Skia writes.
        var literalSpelled = Pdf("61626364-6566-6768-286a-6b6c296d6e01", "(abcdefgh\\(jkl\\)mn\\001)");
        var first = PdfDocumentId.MakeDeterministic(PdfBytes.FromText(hexSpelled));
        var second = PdfDocumentId.MakeDeterministic(PdfBytes.FromText(literalSpelled));
        Assert.Equal(PdfBytes.ToText(first), PdfBytes.ToText(second));
        Assert.DoesNotContain("9b33d61e", PdfBytes.ToText(first));
    }

    [Fact]
    public void Dates_and_metadata_come_from_the_input_not_the_machine()
    {
        var (pdf, _) = Render(SampleDocument.Create());
        var text = PdfBytes.ToText(pdf);
        Assert.Contains("/CreationDate (D:20250101093000+08'00')", text);
        Assert.Contains("/ModDate (D:20250102100000+08'00')", text);
        using var reader = PdfDocument.Open(pdf);
        Assert.Equal(SampleDocument.Title, reader.Information.Title);
        Assert.Equal("上海示例科技有限公司", reader.Information.Author);
    }

    [Fact]
    public void Contents_entries_link_to_the_pages_their_chapters_start_on()
    {
        var document = SampleDocument.Create();
        var (pdf, result) = Render(document);
        var destinations = result.Layout!.DestinationPages;
        using var reader = PdfDocument.Open(pdf);
        var links = reader.GetPage(1).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        var toc = (TableOfContents)document.Blocks[1];
        Assert.Equal(toc.Entries.Count, links.Count);
        var targets = links.OrderByDescending(l => l.Rectangle.Top).Select(l => ((AbstractGoToAction)l.Action!).Destination.PageNumber).ToList();
        Assert.Equal(toc.Entries.Select(e => destinations[e.Destination]).ToList(), targets);
        Assert.True(targets.Distinct().Count() > 2, "chapters should spread over several pages");
        // The number printed in each entry is the page it links to.
        var firstPageText = string.Concat(reader.GetPage(1).Letters.Select(l => l.Value));
        foreach (var entry in toc.Entries)
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(entry.Text) + @"\.+" + destinations[entry.Destination] + @"(?!\d)", firstPageText);
    }

    [Fact]
    public void Bookmarks_carry_the_titles_and_open_the_right_pages()
    {
        var document = SampleDocument.Create();
        var (pdf, result) = Render(document);
        using var reader = PdfDocument.Open(pdf);
        Assert.True(reader.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots;
        var chapters = document.Blocks.Where(b => b.Outline?.Level == 1).ToList();
        Assert.Equal(chapters.Select(c => c.Outline!.Title), top.Select(b => b.Title));
        Assert.Equal(chapters.Select(c => result.Layout!.DestinationPages[c.Anchor!]), top.Cast<DocumentBookmarkNode>().Select(b => b.PageNumber));
        Assert.Equal(3, top[0].Children.Count);
        Assert.Equal("1.1　定义条款", top[0].Children[0].Title);
        Assert.Contains("/PageMode /UseOutlines", PdfBytes.ToText(pdf));
    }

    [Fact]
    public void Subset_fonts_draw_pages_exactly_as_the_whole_fonts_do()
    {
        // Poppler draws the embedded subsets; the reference embeds the whole fonts (13 MB). Any glyph the
        // subsetter lost, mangled or renumbered wrongly shows up as differing pixels. Both are Skia's, so
        // only the fonts differ (the direct writer is compared with Skia in DirectPdfWriterTests).
        var document = SampleDocument.Create();
        var subset = SkiaReference.Render(document, Fonts, subsets: true);
        var whole = SkiaReference.Render(document, Fonts, subsets: false);
        Assert.True(whole.Length > 10 * subset.Length, $"the reference is {whole.Length} bytes, the subset PDF {subset.Length}");
        using var reader = PdfDocument.Open(subset);
        for (var page = 1; page <= reader.NumberOfPages; page++)
        {
            var a = PageImages.Gray(subset, page, 60);
            Assert.True(a.Count(b => b < 128) > 1000, $"page {page} has hardly any ink");
            Assert.True(a.AsSpan().SequenceEqual(PageImages.Gray(whole, page, 60)), $"page {page} differs");
        }
    }

    [Fact]
    public void Characters_that_share_a_glyph_in_the_font_extract_as_themselves()
    {
        // U+F967 (a compatibility ideograph) and 不 U+4E0D are one glyph in Noto CJK.
        const string text = "甲方\uF967得\u4E0D得乙方";
        var (pdf, result) = Render(SampleDocument.Create(extraText: text));
        Assert.True(result.Succeeded);
        using var reader = PdfDocument.Open(pdf);
        Assert.Contains(reader.GetPages(), page => string.Concat(page.Letters.Select(l => l.Value)).Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Characters_no_font_has_are_reported_and_nothing_is_written()
    {
        var document = SampleDocument.Create(extraText: "甲方𠀀乙方😀。") with { };
        var paragraph = (Paragraph)document.Blocks.Single(b => b is Paragraph p && p.Text.Contains("😀", StringComparison.Ordinal));
        var located = document with
        {
            Blocks = document.Blocks.Select(b => ReferenceEquals(b, paragraph) ? paragraph with { Source = SourceLocation.ForPath("party.name") } : b).ToList(),
        };
        var (pdf, result) = Render(located);
        Assert.False(result.Succeeded);
        Assert.Empty(pdf);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingGlyph, diagnostic.Code);
        Assert.Contains("𠀀 (U+20000)", diagnostic.Message);
        Assert.Contains("😀 (U+1F600)", diagnostic.Message);
        Assert.Equal("party.name", diagnostic.Location.Path);
    }
}
