using AgreementKit.Layout.Model;
using AgreementKit.Model;
using LayoutBlock = AgreementKit.Layout.Model.Block;
using LayoutParagraph = AgreementKit.Layout.Model.Paragraph;
using H = AgreementKit.Writers.HouseStyle;
using S = AgreementKit.Writers.Typeset.TypesetStyles;

namespace AgreementKit.Writers.Typeset;

/// <summary>
/// Turns an agreement into layout blocks: cover, contents (linked, with real page numbers), preamble,
/// chapters, supplementary part, annexes and the signature table. Numbers and labels are the model's;
/// the fixed words are <see cref="DocumentLabels"/>, shared with the other writers. The PDF is drawn from
/// these blocks, and the DOCX takes its contents' page numbers from their layout, so both agree.
/// </summary>
internal sealed class AgreementLayoutBuilder : AgreementVisitor
{
    private readonly DocumentLabels _labels;
    private readonly HeadingAnchors _anchors;
    private readonly List<LayoutBlock> _blocks = [];
    private readonly int _contentsDepth;
    private readonly bool _signatureFields;

    private AgreementLayoutBuilder(Agreement agreement, int contentsDepth, bool signatureFields)
    {
        _signatureFields = signatureFields;
        _labels = DocumentLabels.For(agreement);
        _anchors = HeadingAnchors.For(agreement);
        _contentsDepth = contentsDepth;
    }

    /// <param name="agreement">The agreement.</param>
    /// <param name="contentsDepth">1: the contents list sections; 2: their clauses too, each clause heading then carrying its anchor.</param>
    /// <param name="signatureFields">Whether the seal and signing lines carry unsigned signature fields (sig.key, seal.key).</param>
    public static LayoutDocument Build(Agreement agreement, int contentsDepth = 1, bool signatureFields = true)
    {
        var builder = new AgreementLayoutBuilder(agreement, contentsDepth, signatureFields);
        builder.Visit(agreement);
        var title = agreement.Title;
        var labels = builder._labels;
        return new LayoutDocument(S.Page, builder._blocks)
        {
            // The cover carries the title already; every other page repeats it in the header.
            Header = (page, _) => page == 1 ? [] : [new LayoutParagraph(title, S.PageDecoration, S.Header)],
            Footer = (page, total) => [new LayoutParagraph(labels.Page(page, total), S.PageDecoration, S.Footer)],
            Metadata = Metadata(agreement),
        };
    }

    private static DocumentMetadata Metadata(Agreement agreement)
    {
        var meta = agreement.Metadata;
        return new DocumentMetadata
        {
            Title = agreement.Title,
            Subject = meta.Subject,
            // The first party declared is the one that issues the agreement.
            Author = agreement.Parties.FirstOrDefault()?.Name,
            Keywords = meta.Keywords,
            Creator = "AgreementKit",
            Producer = "AgreementKit",
            Created = meta.Timestamp,
            Modified = meta.Timestamp,
        };
    }

    protected override void VisitFrontMatter(Agreement agreement)
    {
        _blocks.Add(new LayoutParagraph(agreement.Title, S.Title, S.CoverTitle));
        foreach (var line in CoverLines.Of(agreement, _labels))
            _blocks.Add(new LayoutParagraph(line, S.Body, S.CoverLine));
        _blocks.Add(new PageBreak());

        var entries = ContentsEntry.For(agreement, _anchors, _contentsDepth).Select(e => new TocEntry(e.Text, e.Level, e.Anchor)).ToList();
        if (entries.Count == 0)
            return;
        _blocks.Add(new LayoutParagraph(_labels.Contents, S.ChapterHeading, S.ContentsHeading));
        _blocks.Add(new TableOfContents(entries, S.Body));
        _blocks.Add(new PageBreak());
    }

    protected override void VisitSection(Section section)
    {
        if (section.PageBreakBefore)
            _blocks.Add(new PageBreak());
        base.VisitSection(section);
    }

    protected override void VisitSectionHeading(Section section) =>
        _blocks.Add(new LayoutParagraph(section.Heading, S.ChapterHeading, S.SectionHeading)
        {
            Anchor = _anchors[section],
            Outline = new OutlineEntry(section.Heading, 1),
            Source = section.Provenance.Template,
        });

    // Chapters' clauses are many and numbered; only the supplementary clauses, which differ per agreement, get bookmarks.
    protected override void VisitClauseHeading(Clause clause, Section section) =>
        _blocks.Add(new LayoutParagraph(clause.Heading, S.Bold, S.ClauseHeading)
        {
            Anchor = _contentsDepth >= 2 ? _anchors[clause] : null,
            Outline = section is SupplementaryPart ? new OutlineEntry(clause.Heading, 2) : null,
            Source = clause.Provenance.Template,
        });

    protected override void VisitParagraph(AgreementKit.Model.Paragraph paragraph, AgreementNode? parent) =>
        _blocks.Add(new LayoutParagraph(paragraph.Text, S.Body, S.BodyParagraph) { Source = paragraph.Provenance.Template });

    protected override void VisitItem(Item item, AgreementNode? parent) =>
        _blocks.Add(new LayoutParagraph(item.Text, S.Body, S.ItemParagraph) { Label = [new TextRun(item.Label, S.Body)], Source = item.Provenance.Template });

    protected override void VisitGlossaryEntry(GlossaryEntry entry, AgreementNode? parent) =>
        _blocks.Add(new LayoutParagraph([new TextRun(entry.Term, S.Bold), new TextRun("：" + entry.Definition, S.Body)], S.BodyParagraph) { Source = entry.Provenance.Template });

    protected override void VisitSignatureBlock(SignatureBlock signatures)
    {
        // The block never stands alone on a page: its first block takes the last lines of text along, and
        // where they cannot come the page says it is the agreement's signature page.
        var note = new LayoutParagraph(_labels.SignaturePage(Agreement.Title), S.Body, S.BodyParagraph);
        var titled = signatures.Title.Length > 0;
        if (titled)
            _blocks.Add(new LayoutParagraph(signatures.Title, S.ChapterHeading, S.SectionHeading)
            {
                Anchor = _anchors[signatures],
                KeepWithPrevious = H.SignatureKeepsLines,
                AloneNote = note,
            });

        // One column per party, in declaration order (docs/template-authoring.md), one row per line so the
        // parties' lines align; kept on one page.
        var columns = SignatureLines.Of(signatures, Agreement.Metadata, _labels);
        if (columns.Count == 0)
            return;
        var rows = Enumerable.Range(0, columns[0].Lines.Count)
            .Select(r => new TableRow([.. columns.Select(c => new TableCell(SignatureParagraph(c.Party, c.Lines[r])))]));
        _blocks.Add(new Table([.. columns.Select(_ => 1f)], [.. rows])
        {
            BorderWidth = 0,
            KeepTogether = true,
            SpaceBefore = H.SignatureBefore,
            VerticalPadding = 0,
            AlignBottom = true,
            // Party by party, as the text writer prints it and a screen reader should read it.
            ReadByColumn = true,
            ShrinkScales = S.SignatureShrinkScales,
            KeepWithPrevious = titled ? 0 : H.SignatureKeepsLines,
            AloneNote = titled ? null : note,
        });
    }

    private LayoutParagraph SignatureParagraph(Party party, SignatureLine line)
    {
        if (line.Kind == SignatureLineKind.Party)
            return new LayoutParagraph([new TextRun(line.Label + "：", S.Bold), new TextRun(line.Value, S.Bold)], S.SignatureOneLine);
        if (line.KeepsOnOneLine)
            return new LayoutParagraph([new TextRun(line.Label + "：", S.Body), new TextRun(line.Value, S.Body)], S.SignatureOneLine);
        if (!line.IsWritingLine)
            return new LayoutParagraph(line.Text, S.Body, S.SignatureLine);
        var field = _signatureFields && line.Field is { } name
            ? new SignatureField(name, H.SigningRoom + H.BodySize * H.LineHeight)
            {
                Square = line.Kind == SignatureLineKind.Seal ? H.SealSize : null,
                Description = party.Role + line.Label,
            }
            : null;
        return new LayoutParagraph(line.Text, S.Body, S.SignatureWriting) { WritingLine = new WritingLine(H.SigningRuleWidth) { Field = field } };
    }
}
