using System.Globalization;
using System.Text;
using AgreementKit.Model;

namespace AgreementKit.Writers.Html;

/// <summary>
/// Writes an agreement as one self-contained, semantic HTML5 page: no script, no external resource, the
/// house style as inline CSS (screen and A4 print), headings with the model's numbers and the same anchors
/// as the DOCX bookmarks and PDF destinations, a linked contents list and the signature block. Its text is
/// the plain-text writer's, in the same order; each part carries its identity as <c>data-id</c>, so a page
/// showing the preview can find the clause a form field fills.
/// </summary>
internal sealed class HtmlWriter : AgreementVisitor
{
    private readonly StringBuilder _html = new();
    private readonly DocumentLabels _labels;
    private readonly HeadingAnchors _anchors;
    private bool _inList;

    private HtmlWriter(Agreement agreement)
    {
        _labels = DocumentLabels.For(agreement);
        _anchors = HeadingAnchors.For(agreement);
    }

    public static string Write(Agreement agreement)
    {
        var writer = new HtmlWriter(agreement);
        writer.Visit(agreement);
        return writer._html.ToString();
    }

    protected override void VisitFrontMatter(Agreement agreement)
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(agreement.Locale)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"AgreementKit\">\n")
            // The page title names the document by its number: the browser tab, and the file name a browser
            // proposes when printing to PDF. The agreement's title is the first heading, so the page's text
            // says it once, as the plain text does.
            .Append("<title>").Append(Escape(agreement.Metadata.ContractNumber ?? agreement.Origin?.PackId ?? "agreement")).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyleSheet.For(agreement.Locale, _labels)).Append("</style>\n</head>\n<body>\n<article class=\"agreement\">\n");

        _html.Append("<header class=\"cover\">\n<h1>").Append(Escape(agreement.Title)).Append("</h1>\n");
        var cover = CoverLines.Of(agreement, _labels);
        if (cover.Count > 0)
        {
            _html.Append("<ul class=\"cover-lines\">\n");
            foreach (var line in cover) _html.Append("<li>").Append(Escape(line)).Append("</li>\n");
            _html.Append("</ul>\n");
        }

        _html.Append("</header>\n");
        var contents = ContentsEntry.For(agreement, _anchors, depth: 1);
        _html.Append("<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">")
            .Append(Escape(_labels.Contents.Replace(" ", "", StringComparison.Ordinal))).Append("</h2>\n<ol>\n");
        foreach (var entry in contents)
            _html.Append("<li><a href=\"#").Append(Escape(entry.Anchor)).Append("\">").Append(Escape(entry.Text)).Append("</a></li>\n");
        _html.Append("</ol>\n</nav>\n");
    }

    protected override void VisitSection(Section section)
    {
        var kind = section switch
        {
            Chapter => "chapter",
            SupplementaryPart => "supplementary",
            Annex => "annex",
            _ => "signatures",
        };
        _html.Append("<section class=\"").Append(kind).Append(section.PageBreakBefore ? " page-break" : "").Append('"');
        if (_anchors.TryGet(section) is { } anchor) _html.Append(" id=\"").Append(Escape(anchor)).Append('"');
        _html.Append(" data-id=\"").Append(Escape(section.Id)).Append("\">\n");
        base.VisitSection(section);
        _html.Append("</section>\n");
    }

    protected override void VisitSectionHeading(Section section) =>
        _html.Append("<h2>").Append(Escape(section.Heading)).Append("</h2>\n");

    protected override void VisitClause(Clause clause, Section section)
    {
        _html.Append("<section class=\"clause\" id=\"").Append(Escape(_anchors[clause])).Append("\" data-id=\"").Append(Escape(clause.Id)).Append("\">\n");
        base.VisitClause(clause, section);
        _html.Append("</section>\n");
    }

    protected override void VisitClauseHeading(Clause clause, Section section) =>
        _html.Append("<h3>").Append(Escape(clause.Heading)).Append("</h3>\n");

    protected override void VisitBlocks(IReadOnlyList<Block> blocks, AgreementNode? parent)
    {
        var preamble = parent is null && blocks.Count > 0;
        if (preamble) _html.Append("<section class=\"preamble\">\n");
        base.VisitBlocks(blocks, parent);
        CloseList();
        if (preamble) _html.Append("</section>\n");
    }

    protected override void VisitParagraph(Paragraph paragraph, AgreementNode? parent)
    {
        CloseList();
        _html.Append("<p").Append(Id(paragraph)).Append('>').Append(Escape(paragraph.Text)).Append("</p>\n");
    }

    protected override void VisitItem(Item item, AgreementNode? parent)
    {
        // The label is the model's, so the list is not numbered by the browser.
        if (!_inList) _html.Append("<ol class=\"items\">\n");
        _inList = true;
        _html.Append("<li").Append(Id(item)).Append("><span class=\"label\">").Append(Escape(item.Label)).Append("</span>")
            .Append(Escape(item.Text)).Append("</li>\n");
    }

    protected override void VisitGlossaryEntry(GlossaryEntry entry, AgreementNode? parent)
    {
        CloseList();
        _html.Append("<p class=\"term\"").Append(Id(entry)).Append("><dfn>").Append(Escape(entry.Term)).Append("</dfn>：")
            .Append(Escape(entry.Definition)).Append("</p>\n");
    }

    protected override void VisitSignatureBlock(SignatureBlock signatures)
    {
        if (signatures.Title.Length > 0) _html.Append("<h2>").Append(Escape(signatures.Title)).Append("</h2>\n");
        var columns = SignatureLines.Of(signatures, Agreement.Metadata, _labels);
        if (columns.Count == 0) return;
        // One column per party in declaration order: reading order is the text writer's, party by party.
        // Each party's lines share the grid's rows (subgrid), so the parties' lines align row by row.
        _html.Append("<div class=\"signature-grid\" style=\"grid-template-columns: repeat(")
            .Append(columns.Count.ToString(CultureInfo.InvariantCulture)).Append(", 1fr); grid-template-rows: repeat(")
            .Append(columns[0].Lines.Count.ToString(CultureInfo.InvariantCulture)).Append(", auto)\">\n");
        foreach (var column in columns)
        {
            _html.Append("<div class=\"party\" data-party=\"").Append(Escape(column.Party.Key)).Append("\">\n");
            foreach (var line in column.Lines)
            {
                _html.Append("<p class=\"").Append(CssClass(line.Kind)).Append('"');
                // The seal and signing lines: the label, then a bordered span to write on, named like the PDF's fields.
                if (line.IsWritingLine)
                    _html.Append(" data-field=\"").Append(Escape(line.Field!)).Append("\">").Append(Escape(line.Text)).Append("<span class=\"rule\"></span>");
                else
                    _html.Append('>').Append(Escape(line.Text));
                _html.Append("</p>\n");
            }

            _html.Append("</div>\n");
        }

        _html.Append("</div>\n");
    }

    private static string CssClass(SignatureLineKind kind) => kind switch
    {
        SignatureLineKind.Party => "party-name",
        SignatureLineKind.Seal => "seal writing-line",
        SignatureLineKind.Sign => "signature writing-line",
        SignatureLineKind.Representative => "representative",
        SignatureLineKind.Identifier => "identifier",
        SignatureLineKind.Date => "date",
        _ => "blank",
    };

    protected override void VisitEnd(Agreement agreement) => _html.Append("</article>\n</body>\n</html>\n");

    private void CloseList()
    {
        if (!_inList) return;
        _html.Append("</ol>\n");
        _inList = false;
    }

    private static string Id(AgreementNode node) => $" data-id=\"{Escape(node.Id)}\"";

    /// <summary>Escapes the five characters HTML gives meaning to in text and attribute values.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
