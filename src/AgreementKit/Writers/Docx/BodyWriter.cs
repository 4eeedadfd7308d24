using AgreementKit.Model;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The body of the document: preamble, every section's heading (bookmarked for the contents), blocks and
/// clauses, and the signature table, in the model's reading order.
/// </summary>
internal sealed class BodyWriter(DocxBody body, DocumentLabels labels, DocxOptions options) : AgreementVisitor
{
    protected override void VisitSection(Section section)
    {
        if (section.PageBreakBefore) body.BreakPageBeforeNext();
        base.VisitSection(section);
    }

    protected override void VisitSectionHeading(Section section)
    {
        body.Tag = $"n:{section.Id}#h";
        body.AddHeading(StyleIds.Heading1, section.Heading, body.Anchors[section]);
    }

    protected override void VisitClauseHeading(Clause clause, Section section)
    {
        body.Tag = $"n:{clause.Id}#h";
        body.AddHeading(StyleIds.Heading2, clause.Heading, body.Anchors[clause]);
    }

    // Blocks go as a list: the items of one list share their label column.
    protected override void VisitBlocks(IReadOnlyList<Block> blocks, AgreementNode? parent) => BlockWriter.Write(blocks, body);

    protected override void VisitSignatureBlock(SignatureBlock signatures)
    {
        body.Tag = $"n:{signatures.Id}";
        SignatureTableWriter.Write(signatures, SignatureLines.Of(signatures, Agreement.Metadata, labels), body, options, labels.SignaturePage(Agreement.Title));
    }
}
