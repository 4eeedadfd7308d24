using AgreementKit.Model;

namespace AgreementKit.Writers.Text;

/// <summary>
/// Writes an agreement as plain text, one paragraph a line, in reading order. It is what reviewers diff
/// and what the golden files hold, so it prints every number the model computed and nothing else.
/// </summary>
internal sealed class PlainTextWriter : AgreementVisitor
{
    private readonly TextWriter _output;
    private readonly DocumentLabels _labels;

    private PlainTextWriter(TextWriter output, Agreement agreement)
    {
        _output = output;
        _labels = DocumentLabels.For(agreement);
    }

    public static void Write(Agreement agreement, TextWriter output) => new PlainTextWriter(output, agreement).Visit(agreement);

    private void Line(string text = "")
    {
        _output.Write(text);
        _output.Write('\n');
    }

    protected override void VisitFrontMatter(Agreement agreement)
    {
        Line(agreement.Title);
        foreach (var line in CoverLines.Of(agreement, _labels)) Line(line);
        Line();
        Line(_labels.Contents.Replace(" ", "", StringComparison.Ordinal));
        foreach (var section in agreement.Sections.Where(DocumentLabels.InContents)) Line(section.Heading);
        Line();
    }

    protected override void VisitSection(Section section)
    {
        Line();
        base.VisitSection(section);
    }

    protected override void VisitSectionHeading(Section section) => Line(section.Heading);

    protected override void VisitClauseHeading(Clause clause, Section section) => Line(clause.Heading);

    protected override void VisitParagraph(Paragraph paragraph, AgreementNode? parent) => Line(paragraph.Text);

    protected override void VisitItem(Item item, AgreementNode? parent) => Line(item.Label + item.Text);

    protected override void VisitGlossaryEntry(GlossaryEntry entry, AgreementNode? parent) => Line($"{entry.Term}：{entry.Definition}");

    protected override void VisitSignatureBlock(SignatureBlock signatures)
    {
        if (signatures.Title.Length > 0) Line(signatures.Title);
        foreach (var column in SignatureLines.Of(signatures, Agreement.Metadata, _labels))
        foreach (var line in column.Lines.Where(l => l.Kind != SignatureLineKind.Blank))
            Line(line.Text);
    }
}
