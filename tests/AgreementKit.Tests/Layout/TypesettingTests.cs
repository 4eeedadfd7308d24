using AgreementKit.Tests.Support;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Paging;
using AgreementKit.Layout.Text;
using UglyToad.PdfPig;

namespace AgreementKit.Tests.Layout;

/// <summary>
/// The typesetting rules seen through the real fonts and the PDF: justified gaps stay under the limit,
/// compressed punctuation keeps text extraction exact, list lead-ins keep with their items, contents
/// leaders stop short of the page numbers.
/// </summary>
public class TypesettingTests
{
    private static readonly FontSet Fonts = FontSet.Bundled(FontScript.Simplified);
    private static readonly TextStyle Body = new(FontRole.Regular, 12);
    private static readonly ParagraphStyle Justified = new() { FirstLineIndentEm = 2, SpaceAfter = 3 };

    // Compressible pairs of every kind, an amount, and an address that goes down whole.
    private const string Compressed =
        "乙方应当向甲方支付服务费用人民币伍万元整（小写：50,000.00元）；“客户”是指与甲方建立业务关系的单位（“客户单位”）。" +
        "通知以书面形式送达，电子邮箱：chen.siyuan@lanchuan-equip.example.cn。甲方确认：“本条款已经阅读。”";

    private static LayoutDocument Document(params Block[] blocks) => new(PageSetup.A4(), blocks);

    private static (DocumentLayout Layout, TextShaper Shaper, GlyphCache Cache) Lay(LayoutDocument document)
    {
        var cache = new GlyphCache();
        var shaper = new TextShaper(Fonts, cache);
        var layout = PdfRenderer.LayoutChecked(document, shaper, []);
        Assert.NotNull(layout);
        return (layout, shaper, cache);
    }

    private static byte[] Pdf(LayoutDocument document)
    {
        using var stream = new MemoryStream();
        Assert.True(PdfRenderer.Render(document, Fonts, stream).Succeeded);
        return stream.ToArray();
    }

    [Fact]
    public void No_justified_gap_widens_by_more_than_the_limit()
    {
        var (layout, _, cache) = Lay(Document(new Paragraph(Compressed + Compressed, Body, Justified)));
        using (cache)
        {
            var paragraph = (ParagraphLayout)layout.Pages[0].Placements[0].Block;
            Assert.True(paragraph.Lines.Count >= 5);
            var widest = 0f;
            foreach (var line in paragraph.Lines.SkipLast(1))
            {
                var glyphs = line.Runs.SelectMany(r => r.Run.Glyphs.Select((g, i) =>
                    (X: r.X + r.Run.Positions[i], Advance: cache.Advance(r.Run.Face, g, r.Run.Size) - r.Run.Trim.Total(r.Run.Size)))).ToList();
                for (var i = 1; i < glyphs.Count; i++)
                    widest = MathF.Max(widest, glyphs[i].X - glyphs[i - 1].X - glyphs[i - 1].Advance);
            }
            Assert.InRange(widest / 12, 0.001f, LineBalancer.MaxGapEm + 0.001f);
        }
    }

    [Fact]
    public void Poppler_reads_every_line_as_it_was_laid_out()
    {
        // With gaps over 0.1 em poppler reads "乙 方" (and PDF readers' search misses 乙方); compressed marks
        // and a last line ending "（名）。" must come out as drawn.
        var document = Document(
            new Paragraph(Compressed + Compressed, Body, Justified),
            new Paragraph("在每个考核周期内，乙方所负责的既有客户中发生重复购买的客户比例（复购率）不得低于60%，且乙方经由既有客户推荐而新增的有效客户不少于2家（名）。", Body, Justified));
        var (layout, _, cache) = Lay(document);
        cache.Dispose();
        var path = Path.Combine(Path.GetTempPath(), $"agreementkit-{Environment.ProcessId}-poppler-lines.pdf");
        File.WriteAllBytes(path, Pdf(document));
        try
        {
            var (exit, text) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", path, "-");
            Assert.Equal(0, exit);
            var extracted = text.Split('\n').Select(l => l.TrimEnd('\f')).Where(l => l.Length > 0).ToList();
            Assert.Equal(layout.PageLines()[0], extracted);
            Assert.Contains(extracted, l => l.Contains("50,000.00元）；“客户”", StringComparison.Ordinal));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_compressed_mark_is_as_wide_in_the_PDF_as_on_the_page()
    {
        // Each letter ends where the next begins: the PDF font of a compressed mark is narrowed with it.
        using var pdf = PdfDocument.Open(Pdf(Document(new Paragraph(Compressed, Body, Justified))));
        var letters = pdf.GetPage(1).Letters;
        var compressed = 0;
        for (var i = 1; i < letters.Count; i++)
        {
            if (Math.Abs(letters[i].StartBaseLine.Y - letters[i - 1].StartBaseLine.Y) > 1)
                continue;
            Assert.True(letters[i].StartBaseLine.X >= letters[i - 1].EndBaseLine.X - 0.01,
                $"'{letters[i - 1].Value}' ends at {letters[i - 1].EndBaseLine.X}, after '{letters[i].Value}' starts at {letters[i].StartBaseLine.X}");
            if (letters[i - 1].Value is "）" or "。" && letters[i].Value is "；" or "”" && letters[i - 1].Width < 7)
                compressed++;
        }
        Assert.True(compressed >= 2, $"{compressed} compressed marks");
    }

    [Fact]
    public void Compressed_marks_look_the_same_drawn_from_the_narrowed_subset_and_from_the_whole_font()
    {
        // The narrowed glyph of an opening mark is its outline moved left; a wrong move shows as pixels.
        var document = Document(new Paragraph("甲方（“客户”）、《协议》；“通知”（书面）。乙方「确认」『同意』，【附件】。", Body, Justified));
        // The reference is Skia's, which rounds the page size to whole points; on such a page both agree.
        document = document with { Page = document.Page with { Width = 595, Height = 842 } };
        var subset = Pdf(document);
        var (layout, shaper, cache) = Lay(document);
        byte[] whole;
        using (cache)
        using (var buffer = new MemoryStream())
        {
            using (var canvas = new SkiaPdfCanvas(buffer, document.Metadata))
            {
                DocumentPainter.Paint(layout, canvas, shaper);
                canvas.Close();
            }
            whole = buffer.ToArray();
        }
        var a = PageImages.Gray(subset, 1, 150);
        Assert.True(a.Count(b => b < 128) > 500, "hardly any ink");
        Assert.True(a.AsSpan().SequenceEqual(PageImages.Gray(whole, 1, 150)), "the narrowed marks are drawn elsewhere than the whole font's");
    }

    [Fact]
    public void A_paragraph_introducing_a_list_keeps_with_its_first_item()
    {
        // Lines of 18 pt on a body of 698 pt: after 37 one-line paragraphs one more line fits, not two.
        var plain = new ParagraphStyle();
        var item = new ParagraphStyle { LeftIndentEm = 2, HangingIndentEm = 2.5f };
        List<Block> Blocks(params Block[] after) =>
            [.. Enumerable.Range(0, 37).Select(_ => new Paragraph("乙方确认。", Body, plain)), new Paragraph("乙方的职责包括：", Body, plain), .. after];
        int PageOf(DocumentLayout layout, string text) =>
            layout.Pages.Select((page, i) => (page, i)).First(x => x.page.Placements.Any(p => p.Block is ParagraphLayout l && l.Paragraph.Text == text)).i + 1;

        var (list, _, listCache) = Lay(Document([.. Blocks(
            new Paragraph("收集客户信息。", Body, item) { Label = [new TextRun("（1）", Body)] },
            new Paragraph("建立客户档案。", Body, item) { Label = [new TextRun("（2）", Body)] })]));
        listCache.Dispose();
        Assert.Equal(2, PageOf(list, "收集客户信息。"));
        Assert.Equal(2, PageOf(list, "乙方的职责包括："));

        // Followed by an ordinary paragraph, the same line stays at the foot of the page.
        var (prose, _, proseCache) = Lay(Document([.. Blocks(new Paragraph("收集客户信息。", Body, plain))]));
        proseCache.Dispose();
        Assert.Equal(1, PageOf(prose, "乙方的职责包括："));
        Assert.Equal(2, PageOf(prose, "收集客户信息。"));
    }

    [Fact]
    public void Contents_leaders_end_in_one_column_half_an_em_before_the_widest_page_number()
    {
        // Twelve chapters on pages 2 to 13: one- and two-digit numbers in one list.
        var blocks = new List<Block> { new TableOfContents(Enumerable.Range(1, 12).Select(i => new TocEntry($"第{i}章　条款", 1, $"c{i}")).ToList(), Body) };
        for (var i = 1; i <= 12; i++)
        {
            blocks.Add(new PageBreak());
            blocks.Add(new Paragraph($"第{i}章　条款", Body, Justified) { Anchor = $"c{i}" });
        }
        var document = Document([.. blocks]);
        var (layout, shaper, cache) = Lay(document);
        using (cache)
        {
            var canvas = new RecordingCanvas();
            DocumentPainter.Paint(layout, canvas, shaper);
            var runs = canvas.Pages[0].Runs;
            var leaderEnds = runs.Where(r => r.Run.Text.All(c => c == '.'))
                .Select(r => r.X + r.Run.Positions[^1] + cache.Advance(r.Run.Face, r.Run.Glyphs[^1], r.Run.Size)).ToList();
            var numbers = runs.Where(r => r.Run.Text.All(char.IsAsciiDigit)).ToList();
            Assert.Equal(12, leaderEnds.Count);
            Assert.Contains(numbers, n => n.Run.Text == "13");
            Assert.Single(leaderEnds.Distinct());
            var widestStart = numbers.Min(n => n.X);
            Assert.True(widestStart - leaderEnds[0] >= 0.5f * 12 - 0.01f, $"the leaders end {widestStart - leaderEnds[0]} pt before the numbers");
        }
    }
}
