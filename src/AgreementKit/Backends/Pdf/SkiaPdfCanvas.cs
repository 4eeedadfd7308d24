using AgreementKit.Layout.Canvas;
using System.Text;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using SkiaSharp;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// The PDF writer for what the direct writer leaves out: PDF/A (XMP, sRGB output intent) and fonts that
/// cannot be subset (CFF, written as Type 3). Skia's PDF document; the only drawing code that touches SkiaSharp. Text goes in as
/// text blobs built with AllocateHorizontalTextRun (glyphs, positions, UTF-8 text and clusters) so the PDF
/// keeps the source text; DrawText(string) would lose it.
/// </summary>
internal sealed class SkiaPdfCanvas : IDocumentCanvas, IDisposable
{
    private readonly SKDocument _document;
    private readonly FontSubsets? _fonts;
    private readonly SKPaint _textPaint = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _linePaint = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly List<PlacedSignatureField> _fields = [];
    private SKCanvas? _page;
    private int _pageIndex = -1;
    private bool _closed;

    /// <param name="output">Receives the PDF.</param>
    /// <param name="metadata">Title, author, dates and PDF/A.</param>
    /// <param name="fonts">Per-document font subsets to draw with; without them runs use their faces' typefaces.</param>
    public SkiaPdfCanvas(Stream output, DocumentMetadata metadata, FontSubsets? fonts = null)
    {
        _fonts = fonts;
        var pdf = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Subject = metadata.Subject,
            Author = metadata.Author,
            Keywords = metadata.Keywords,
            Creator = metadata.Creator,
            Producer = metadata.Producer,
            // Skia labels the wall-clock fields with the machine's UTC offset; PdfDates fixes the label afterwards.
            Creation = metadata.Created?.DateTime,
            Modified = metadata.Modified?.DateTime,
            PdfA = metadata.PdfA,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
        _document = SKDocument.CreatePdf(output, pdf)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
    }

    /// <summary>The signature fields drawn, for the update that adds them after Skia has finished the file.</summary>
    public IReadOnlyList<PlacedSignatureField> SignatureFields => _fields;

    public void BeginPage(float width, float height)
    {
        _page = _document.BeginPage(width, height);
        _pageIndex++;
    }

    public void EndPage()
    {
        _document.EndPage();
        _page = null;
    }

    /// <summary>Finishes the PDF; the output stream then holds the whole file.</summary>
    public void Close()
    {
        if (_closed) return;
        _document.Close();
        _closed = true;
    }

    public void DrawGlyphs(GlyphRun run, float x, float baseline)
    {
        var text = Encoding.UTF8.GetBytes(run.Text);
        var clusters = Utf8Clusters(run.Text, run.Glyphs.Length);
        var subset = _fonts?.Map(run);
        // A subset's trimmed variant has its outline moved already; the whole font's glyph is moved here.
        var shift = subset is null ? run.Trim.Left(run.Size) : 0;
        var positions = new float[run.Positions.Length];
        for (var i = 0; i < positions.Length; i++)
            positions[i] = x + run.Positions[i] - shift;
        var (typeface, glyphs) = subset ?? (run.Face.Typeface, run.Glyphs);
        using var font = FontFace.CreateFont(typeface, run.Size);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocateHorizontalTextRun(font, glyphs.Length, baseline, text.Length, null);
        buffer.SetGlyphs(glyphs);
        buffer.SetPositions(positions);
        buffer.SetText(text);
        buffer.SetClusters(clusters);
        using var blob = builder.Build()
            ?? throw new InvalidOperationException("Skia built no text blob for a non-empty run.");
        _textPaint.Color = ToSkia(run.Color);
        Page.DrawText(blob, 0, 0, _textPaint);
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float width, LayoutColor color)
    {
        _linePaint.Color = ToSkia(color);
        _linePaint.StrokeWidth = width;
        Page.DrawLine(x1, y1, x2, y2, _linePaint);
    }

    public void DefineDestination(string name, float x, float y) =>
        Page.DrawNamedDestinationAnnotation(new SKPoint(x, y), name);

    public void LinkToDestination(LayoutRect area, string destination) =>
        Page.DrawLinkDestinationAnnotation(ToSkia(area), destination);

    public void LinkToUrl(LayoutRect area, string url) => Page.DrawUrlAnnotation(ToSkia(area), url);

    // Skia has no form fields: they are kept here and written by PdfSignatureFields.
    public void DefineSignatureField(string name, string? description, LayoutRect area)
    {
        _ = Page;
        _fields.Add(new PlacedSignatureField(_pageIndex, name, description, area));
    }

    public void Dispose()
    {
        _document.Dispose();
        _textPaint.Dispose();
        _linePaint.Dispose();
    }

    private SKCanvas Page => _page ?? throw new InvalidOperationException("Drawing outside a page.");

    // Byte offset of each glyph's code point in the UTF-8 text: one glyph per code point.
    private static uint[] Utf8Clusters(string text, int glyphCount)
    {
        var clusters = new uint[glyphCount];
        uint offset = 0;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            clusters[i++] = offset;
            offset += (uint)rune.Utf8SequenceLength;
        }
        if (i != glyphCount)
            throw new ArgumentException("A glyph run needs one glyph per code point of its text.");
        return clusters;
    }

    private static SKColor ToSkia(LayoutColor color) => new(color.Red, color.Green, color.Blue);

    private static SKRect ToSkia(LayoutRect rect) => new(rect.Left, rect.Top, rect.Right, rect.Bottom);
}
