using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The body being written: the element list, a pending page break for the next paragraph and bookmark ids.
/// </summary>
internal sealed class DocxBody(HeadingAnchors anchors, int emTwips, Func<string, double> ems)
{
    private readonly List<TaggedElement> _elements = [];
    private bool _breakBeforeNext;
    private int _bookmarks;

    public HeadingAnchors Anchors { get; } = anchors;

    /// <summary>One character of the body font in twips, for indents given in characters.</summary>
    public int EmTwips { get; } = emTwips;

    public IReadOnlyList<TaggedElement> Elements => _elements;

    /// <summary>What the next elements show (a node's tag, see <see cref="DocxWriter.Elements"/>); set by the body writer.</summary>
    public string Tag { get; set; } = "body";

    /// <summary>The width of body text in ems, measured with the fonts the layout engine uses.</summary>
    public double Ems(string text) => ems(text);

    /// <summary>
    /// The next paragraph starts a page. Done with the paragraph's own pageBreakBefore rather than a break
    /// run in an empty paragraph, which would leave an empty line at the top of the new page.
    /// </summary>
    public void BreakPageBeforeNext() => _breakBeforeNext = true;

    public Paragraph Add(string styleId, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (_breakBeforeNext) properties.PageBreakBefore = new PageBreakBefore();
        _breakBeforeNext = false;
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        _elements.Add(new TaggedElement(Tag, paragraph));
        return paragraph;
    }

    /// <summary>A heading carrying the bookmark the contents links to.</summary>
    public Paragraph AddHeading(string styleId, string text, string anchor)
    {
        var id = NextBookmarkId();
        return Add(styleId, new BookmarkStart { Id = id, Name = anchor }, Runs.Text(text), new BookmarkEnd { Id = id });
    }

    /// <summary>The id of the next bookmark: ids count up from 0 in document order, unique and the same on every run.</summary>
    public string NextBookmarkId() => (_bookmarks++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Add(Table table) => _elements.Add(new TaggedElement(Tag, table));
}
