using AgreementKit.Layout.Model;
using AgreementKit.Model;
using LayoutBlock = AgreementKit.Layout.Model.Block;
using LayoutParagraph = AgreementKit.Layout.Model.Paragraph;
using S = AgreementKit.Writers.Pdf.AgreementPdfStyles;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// Turns an agreement into layout blocks: cover, contents (linked, with real page numbers), preamble,
/// chapters, supplementary part, annexes and the signature table. Numbers and labels are the model's;
/// the fixed words are <see cref="DocumentLabels"/>, shared with the other writers.
/// </summary>
internal sealed class AgreementLayoutBuilder
{
    private readonly Agreement _agreement;
    private readonly DocumentLabels _labels;
    private readonly List<LayoutBlock> _blocks = [];

    private AgreementLayoutBuilder(Agreement agreement)
    {
        _agreement = agreement;
        _labels = DocumentLabels.For(agreement);
    }

    public static LayoutDocument Build(Agreement agreement) => new AgreementLayoutBuilder(agreement).Build();

    /// <summary>The destination name of a section's heading, by its index in <see cref="Agreement.Sections"/>.</summary>
    public static string AnchorOf(int sectionIndex) => $"section-{sectionIndex + 1}";

    private LayoutDocument Build()
    {
        AddCover();
        AddContents();
        foreach (var block in _agreement.Preamble)
            AddContent(block);
        for (var i = 0; i < _agreement.Sections.Count; i++)
            AddSection(_agreement.Sections[i], i);

        var title = _agreement.Title;
        return new LayoutDocument(PageSetup.A4(), _blocks)
        {
            // The cover carries the title already; every other page repeats it in the header.
            Header = (page, _) => page == 1 ? [] : [new LayoutParagraph(title, S.PageDecoration, S.Header)],
            Footer = (page, total) => [new LayoutParagraph(_labels.Page(page, total), S.PageDecoration, S.Footer)],
            Metadata = Metadata(),
        };
    }

    private DocumentMetadata Metadata()
    {
        var meta = _agreement.Metadata;
        // Signing happens in China or Taiwan (UTC+8); the date is the signing day, never the clock.
        DateTimeOffset? signed = meta.SignDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)) : null;
        var company = _agreement.Parties.FirstOrDefault(p => p.Key == "company") ?? _agreement.Parties.FirstOrDefault();
        return new DocumentMetadata
        {
            Title = _agreement.Title,
            Subject = meta.Subject,
            Author = company?.Name,
            Keywords = meta.Keywords,
            Creator = "AgreementKit",
            Producer = "AgreementKit",
            Created = signed,
            Modified = signed,
        };
    }

    private void AddCover()
    {
        _blocks.Add(new LayoutParagraph(_agreement.Title, S.Title, S.CoverTitle));
        var meta = _agreement.Metadata;
        if (meta.ContractNumber is not null)
            CoverLine($"{_labels.ContractNumber}：{meta.ContractNumber}");
        foreach (var party in _agreement.Parties)
            CoverLine(DocumentLabels.PartyLine(party));
        if (meta.SignPlace is not null)
            CoverLine($"{_labels.SignPlace}：{meta.SignPlace}");
        if (meta.SignDate is { } date)
            CoverLine($"{_labels.SignDate}：{_labels.FormatDate(date)}");
        _blocks.Add(new PageBreak());
    }

    private void CoverLine(string text) => _blocks.Add(new LayoutParagraph(text, S.Body, S.CoverLine));

    private void AddContents()
    {
        var entries = _agreement.Sections
            .Select((section, index) => (section, index))
            .Where(x => DocumentLabels.InContents(x.section))
            .Select(x => new TocEntry(x.section.Heading, 1, AnchorOf(x.index)))
            .ToList();
        if (entries.Count == 0)
            return;
        _blocks.Add(new LayoutParagraph(_labels.Contents, S.ChapterHeading, S.ContentsHeading));
        _blocks.Add(new TableOfContents(entries, S.Body));
        _blocks.Add(new PageBreak());
    }

    private void AddSection(Section section, int index)
    {
        if (section.PageBreakBefore)
            _blocks.Add(new PageBreak());
        switch (section)
        {
            case Chapter chapter:
                Heading(chapter, index, outline: true);
                AddContent(chapter.Introduction);
                AddClauses(chapter.Clauses, outlineLevel: null);
                break;
            case SupplementaryPart part:
                Heading(part, index, outline: true);
                AddContent(part.Introduction);
                AddClauses(part.Clauses, outlineLevel: 2);
                break;
            case Annex annex:
                Heading(annex, index, outline: true);
                AddContent(annex.Content);
                break;
            case SignatureBlock signatures:
                AddSignatures(signatures, index);
                break;
            default:
                throw new NotSupportedException($"The PDF writer has no layout for a {section.GetType().Name}.");
        }
    }

    private void Heading(Section section, int index, bool outline) =>
        _blocks.Add(new LayoutParagraph(section.Heading, S.ChapterHeading, S.SectionHeading)
        {
            Anchor = AnchorOf(index),
            Outline = outline ? new OutlineEntry(section.Heading, 1) : null,
        });

    private void AddClauses(IReadOnlyList<Clause> clauses, int? outlineLevel)
    {
        foreach (var clause in clauses)
        {
            _blocks.Add(new LayoutParagraph(clause.Heading, S.Bold, S.ClauseHeading)
            {
                Outline = outlineLevel is { } level ? new OutlineEntry(clause.Heading, level) : null,
            });
            AddContent(clause.Content);
        }
    }

    private void AddContent(IEnumerable<AgreementKit.Model.Block> blocks)
    {
        foreach (var block in blocks)
            AddContent(block);
    }

    private void AddContent(AgreementKit.Model.Block block) => _blocks.Add(block switch
    {
        AgreementKit.Model.Paragraph p => new LayoutParagraph(p.Text, S.Body, S.BodyParagraph),
        Item item => new LayoutParagraph(item.Text, S.Body, S.ItemParagraph) { Label = [new TextRun(item.Label, S.Body)] },
        GlossaryEntry entry => new LayoutParagraph([new TextRun(entry.Term, S.Bold), new TextRun("：" + entry.Definition, S.Body)], S.BodyParagraph),
        _ => throw new NotSupportedException($"The PDF writer has no layout for a {block.GetType().Name}."),
    });

    private void AddSignatures(SignatureBlock signatures, int index)
    {
        if (signatures.Title.Length > 0)
            _blocks.Add(new LayoutParagraph(signatures.Title, S.ChapterHeading, S.SectionHeading) { Anchor = AnchorOf(index) });
        // One column per party, in declaration order (docs/template-authoring.md), kept on one page.
        var cells = signatures.Parties.Select(party => SignatureCell(party, signatures.SignDate)).ToList();
        if (cells.Count == 0)
            return;
        var columns = Enumerable.Repeat(1f, cells.Count).ToList();
        _blocks.Add(new Table(columns, [new TableRow(cells)]) { BorderWidth = 0, KeepTogether = true, SpaceBefore = 12 });
    }

    private TableCell SignatureCell(Party party, DateOnly? signDate)
    {
        var lines = new List<LayoutParagraph>
        {
            new([new TextRun(DocumentLabels.PartyLine(party), S.Bold), new TextRun(party.RepresentativeLabel is null ? string.Empty : _labels.Seal, S.Body)], S.SignatureLine),
        };
        if (party.RepresentativeLabel is not null)
            lines.Add(new LayoutParagraph($"{party.RepresentativeLabel}：{party.RepresentativeName}", S.Body, S.SignatureLine));
        lines.Add(new LayoutParagraph($"{_labels.Signature}：", S.Body, S.SignatureLine));
        lines.Add(new LayoutParagraph($"{_labels.Date}：{(signDate is { } d ? _labels.FormatDate(d) : _labels.BlankDate)}", S.Body, S.SignatureLine));
        return new TableCell(lines);
    }
}
