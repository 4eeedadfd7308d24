using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Model;

namespace AgreementKit.Backends.Pdf.Direct;

/// <summary>
/// Writes the PDF itself, with no drawing library in between: pages of text in the document's font
/// subsets (one composite font per subset) and stroked lines, link annotations, named destinations and
/// the document information dictionary. Used whenever every face drawn could be subset. It writes what
/// a contract needs and nothing else, so it is several times faster than Skia's PDF backend, which
/// measured each glyph's outline with FreeType and deflated every stream at zlib's default level.
/// </summary>
internal sealed class DirectPdfCanvas : IDocumentCanvas
{
    private readonly PdfObjectWriter _pdf;
    private readonly MemoryStream _output;
    private readonly long _start;
    private readonly DocumentMetadata _metadata;
    private readonly FontSubsets _subsets;
    private readonly int _pageTree;
    private readonly List<int> _pages = [];
    private readonly Dictionary<FontSubsets.Subset, (string Resource, int Number, PdfFontProgram Program)> _fonts = [];
    private readonly SortedDictionary<string, string> _destinations = new(StringComparer.Ordinal);
    private readonly List<PlacedSignatureField> _fields = [];
    private readonly PdfPageContent _content = new();
    private Page? _page;
    private bool _closed;

    private sealed class Page(int number, float width, float height)
    {
        public int Number { get; } = number;
        public float Width { get; } = width;
        public float Height { get; } = height;
        public SortedSet<string> Fonts { get; } = new(StringComparer.Ordinal);
        public List<int> Annotations { get; } = [];
    }

    /// <param name="output">Receives the PDF; the document ID is a hash of what is written to it.</param>
    /// <param name="metadata">Title, author, subject, keywords, creator, producer and dates.</param>
    /// <param name="subsets">The font subsets every run is drawn from (<see cref="FontSubsets.Complete"/>).</param>
    /// <param name="compression">The deflate level of content, font and ToUnicode streams.</param>
    public DirectPdfCanvas(MemoryStream output, DocumentMetadata metadata, FontSubsets subsets, CompressionLevel compression)
    {
        if (!subsets.Complete)
            throw new ArgumentException("The direct PDF writer needs a subset of every face drawn.", nameof(subsets));
        _output = output;
        _start = output.Position;
        _metadata = metadata;
        _subsets = subsets;
        _pdf = new PdfObjectWriter(output, compression);
        _pageTree = _pdf.Reserve();
    }

    /// <summary>The signature fields drawn, for the update that adds them after the file is finished.</summary>
    public IReadOnlyList<PlacedSignatureField> SignatureFields => _fields;

    public void BeginPage(float width, float height)
    {
        if (_page is not null) throw new InvalidOperationException("A page is already open.");
        _page = new Page(_pdf.Reserve(), width, height);
        _content.Begin(height);
        _pages.Add(_page.Number);
    }

    public void EndPage()
    {
        var page = Current;
        var contents = _pdf.Reserve();
        _content.WriteTo(_pdf, contents);
        var fonts = string.Join('\n', page.Fonts);
        var annotations = page.Annotations.Count == 0 ? "" : $"\n/Annots [{string.Join(' ', page.Annotations.Select(a => $"{a} 0 R"))}]";
        _pdf.Write(page.Number, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Page\n/Parent {_pageTree} 0 R\n/MediaBox [0 0 {PdfSyntax.Number(page.Width)} {PdfSyntax.Number(page.Height)}]\n/Resources <</Font <<{fonts}>>>>\n/Contents {contents} 0 R{annotations}>>"));
        _page = null;
    }

    public void DrawGlyphs(GlyphRun run, float x, float baseline)
    {
        var page = Current;
        var (subset, glyphs) = _subsets.Find(run) ?? throw new InvalidOperationException($"No font subset holds the run '{run.Text}'.");
        if (!_fonts.TryGetValue(subset, out var font))
        {
            font = ($"/F{_fonts.Count + 1}", _pdf.Reserve(), new PdfFontProgram(subset.Bytes, subset.Characters, subset.Face.Name));
            _fonts[subset] = font;
        }
        page.Fonts.Add($"{font.Resource} {font.Number} 0 R");
        var xs = new float[run.Positions.Length];
        for (var i = 0; i < xs.Length; i++)
            xs[i] = x + run.Positions[i];
        _content.ShowGlyphs(font.Resource, run.Size, run.Color, glyphs, xs, baseline, font.Program.Advance);
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float width, LayoutColor color)
    {
        _ = Current;
        _content.StrokeLine(x1, y1, x2, y2, width, color);
    }

    public void DefineDestination(string name, float x, float y)
    {
        var page = Current;
        _destinations[name] = $"[{page.Number} 0 R /XYZ {PdfSyntax.Number(x)} {PdfSyntax.Number(page.Height - y)} 0]";
    }

    public void LinkToDestination(LayoutRect area, string destination) =>
        Annotate(area, $"\n/Dest {PdfSyntax.Name(destination)}");

    public void LinkToUrl(LayoutRect area, string url) =>
        Annotate(area, $"\n/A <</S /URI\n/URI {PdfSyntax.Text(url)}>>");

    // Form fields are written by PdfSignatureFields once the file is finished, as for Skia's files.
    public void DefineSignatureField(string name, string? description, LayoutRect area)
    {
        _ = Current;
        _fields.Add(new PlacedSignatureField(_pages.Count - 1, name, description, area));
    }

    /// <summary>Writes the fonts, page tree, destinations, information dictionary, catalog and trailer.</summary>
    public void Close()
    {
        if (_closed) return;
        if (_page is not null) throw new InvalidOperationException("The last page was not ended.");
        _closed = true;
        foreach (var (_, font) in _fonts.OrderBy(f => f.Value.Number))
            font.Program.Write(_pdf, font.Number);
        _pdf.Write(_pageTree, string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Pages\n/Count {_pages.Count}\n/Kids [{string.Join(' ', _pages.Select(p => $"{p} 0 R"))}]>>"));
        var destinations = _pdf.Add("<<" + string.Concat(_destinations.Select(d => $"\n{PdfSyntax.Name(d.Key)} {d.Value}")) + ">>");
        var info = _pdf.Add(Information());
        var preferences = _metadata.Title is null ? "" : "\n/ViewerPreferences <</DisplayDocTitle true>>";
        var catalog = _pdf.Add($"<</Type /Catalog\n/Pages {_pageTree} 0 R\n/Dests {destinations} 0 R{preferences}>>");
        _pdf.Finish(catalog, info, DocumentId());
    }

    private Page Current => _page ?? throw new InvalidOperationException("Drawing outside a page.");

    private void Annotate(LayoutRect area, string action)
    {
        var page = Current;
        page.Annotations.Add(_pdf.Add(string.Create(CultureInfo.InvariantCulture,
            $"<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [{PdfSyntax.Number(area.Left)} {PdfSyntax.Number(page.Height - area.Bottom)} {PdfSyntax.Number(area.Right)} {PdfSyntax.Number(page.Height - area.Top)}]{action}>>")));
    }

    private string Information()
    {
        var d = new StringBuilder("<<");
        void Entry(string key, string? value)
        {
            if (value is not null) d.Append('\n').Append(key).Append(' ').Append(value);
        }
        Entry("/Title", _metadata.Title is { } title ? PdfSyntax.Text(title) : null);
        Entry("/Author", _metadata.Author is { } author ? PdfSyntax.Text(author) : null);
        Entry("/Subject", _metadata.Subject is { } subject ? PdfSyntax.Text(subject) : null);
        Entry("/Keywords", _metadata.Keywords is { } keywords ? PdfSyntax.Text(keywords) : null);
        Entry("/Creator", _metadata.Creator is { } creator ? PdfSyntax.Text(creator) : null);
        Entry("/Producer", _metadata.Producer is { } producer ? PdfSyntax.Text(producer) : null);
        Entry("/CreationDate", _metadata.Created is { } created ? PdfSyntax.Date(created) : null);
        Entry("/ModDate", _metadata.Modified is { } modified ? PdfSyntax.Date(modified) : null);
        return d.Append(">>").ToString();
    }

    // The file identifier (PDF 32000-1 §14.4): a hash of everything before the trailer, so the same
    // document always has the same ID and a different one a different ID.
    private string DocumentId()
    {
        var written = new ReadOnlySpan<byte>(_output.GetBuffer(), (int)_start, (int)(_output.Position - _start));
        return Convert.ToHexString(SHA256.HashData(written).AsSpan(0, 16));
    }
}
