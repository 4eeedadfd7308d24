using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Estimates on which page each bookmarked heading lands, so the contents can show page numbers before any
/// word processor has laid the document out. It follows the paragraphs as they are written: lines from the
/// text width (full-width characters one em, others half), heights from the styles, page breaks, keep with
/// next and tables kept whole. An estimate by design: Word replaces it on F9 and LibreOffice on update.
/// </summary>
internal sealed class PageEstimate
{
    // A single line is about 1.3 times the font size in 宋体 and the Noto CJK fonts.
    private const double SingleLine = 1.3;
    private const double PageHeight = PageLayout.TextHeight / 20.0;
    private const double PageWidth = PageLayout.TextWidth / 20.0;

    private readonly IReadOnlyDictionary<string, StyleMetrics> _styles;
    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);
    private double _y;

    public PageEstimate(IReadOnlyDictionary<string, StyleMetrics> styles, int firstPage)
    {
        _styles = styles;
        Page = firstPage;
    }

    /// <summary>The page the next paragraph starts on (if it fits).</summary>
    public int Page { get; private set; }

    public int? PageOf(string bookmark) => _pages.TryGetValue(bookmark, out var page) ? page : null;

    public void Observe(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var style = _styles[properties?.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal];
        if (properties?.PageBreakBefore is not null && _y > 0) NewPage();

        var height = Height(style, TextOf(paragraph));
        // A heading that keeps with the next paragraph needs room for at least one body line after it.
        var needed = height + (style.KeepNext ? _styles[StyleIds.Body].FontSize * SingleLine * _styles[StyleIds.Body].LineMultiple : 0);
        if (_y > 0 && _y + needed > PageHeight && (style.KeepNext || height <= 2 * LineHeight(style))) NewPage();

        foreach (var bookmark in paragraph.Descendants<BookmarkStart>())
            if (bookmark.Name?.Value is { } name) _pages[name] = Page;

        Advance(height);
    }

    /// <summary>A table whose rows do not split and whose paragraphs keep with the next moves whole.</summary>
    public void Observe(Table table)
    {
        var height = table.Elements<TableRow>().Sum(RowHeight);
        if (_y > 0 && _y + height > PageHeight) NewPage();
        Advance(height);
    }

    private double RowHeight(TableRow row)
    {
        var cells = row.Elements<TableCell>().ToList();
        var width = PageWidth / Math.Max(1, cells.Count);
        return cells.Select(cell => cell.Elements<Paragraph>().Sum(p => Height(Metrics(p), TextOf(p), width))).DefaultIfEmpty(0).Max();
    }

    private static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants<WordText>().Select(t => t.Text));

    private StyleMetrics Metrics(Paragraph p) => _styles[p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal];

    private static double LineHeight(StyleMetrics style) => style.FontSize * SingleLine * style.LineMultiple;

    private static double Height(StyleMetrics style, string text, double width = PageWidth)
    {
        var perLine = Math.Max(1, Math.Floor(width / style.FontSize) - style.LeftEms);
        var lines = Math.Max(1, Math.Ceiling((TextWidth.Ems(text) + style.FirstLineEms) / perLine));
        return style.Before + lines * LineHeight(style) + style.After;
    }

    private void Advance(double height)
    {
        _y += height;
        while (_y > PageHeight)
        {
            Page++;
            _y -= PageHeight;
        }
    }

    private void NewPage()
    {
        Page++;
        _y = 0;
    }
}
