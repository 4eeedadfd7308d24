namespace AgreementKit.Model;

/// <summary>
/// Walks an agreement in reading order: front matter, preamble, then each section — its heading, its blocks,
/// its clauses (heading, blocks) — and the signature block. Every writer and every reader of the whole text
/// is one of these, so the shape of an agreement is walked in one place; a subclass overrides the parts it
/// prints. All methods do nothing by default except the ones that walk.
/// </summary>
/// <example>
/// <code>
/// sealed class HeadingCounter : AgreementVisitor
/// {
///     public int Count { get; private set; }
///     protected override void VisitSectionHeading(Section section) => Count++;
///     protected override void VisitClauseHeading(Clause clause, Section section) => Count++;
/// }
/// </code>
/// </example>
public abstract class AgreementVisitor
{
    private Agreement? _agreement;

    /// <summary>The agreement being walked (set by <see cref="Visit"/>).</summary>
    protected Agreement Agreement => _agreement ?? throw new InvalidOperationException("Agreement is only available during Visit.");

    /// <summary>Walks <paramref name="agreement"/> from its front matter to its last section.</summary>
    public virtual void Visit(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        _agreement = agreement;
        try
        {
            VisitFrontMatter(agreement);
            VisitBlocks(agreement.Preamble, null);
            foreach (var section in agreement.Sections)
                VisitSection(section);
            VisitEnd(agreement);
        }
        finally
        {
            _agreement = null;
        }
    }

    /// <summary>What comes before the preamble: a cover, a contents list. Nothing by default.</summary>
    protected virtual void VisitFrontMatter(Agreement agreement)
    {
    }

    /// <summary>After the last section. Nothing by default.</summary>
    protected virtual void VisitEnd(Agreement agreement)
    {
    }

    /// <summary>A section: the signature block goes to <see cref="VisitSignatureBlock"/>; any other its heading, blocks and clauses.</summary>
    protected virtual void VisitSection(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section is SignatureBlock signatures)
        {
            VisitSignatureBlock(signatures);
            return;
        }

        VisitSectionHeading(section);
        VisitBlocks(section.Blocks, section);
        foreach (var clause in section.Clauses)
            VisitClause(clause, section);
    }

    /// <summary>The heading of a chapter, the supplementary part or an annex.</summary>
    protected virtual void VisitSectionHeading(Section section)
    {
    }

    /// <summary>A clause: its heading, then its blocks.</summary>
    protected virtual void VisitClause(Clause clause, Section section)
    {
        ArgumentNullException.ThrowIfNull(clause);
        VisitClauseHeading(clause, section);
        VisitBlocks(clause.Content, clause);
    }

    /// <summary>The heading of a clause (1.1 合同定义).</summary>
    protected virtual void VisitClauseHeading(Clause clause, Section section)
    {
    }

    /// <summary>A list of blocks of one parent (a section, a clause, or null for the preamble).</summary>
    protected virtual void VisitBlocks(IReadOnlyList<Block> blocks, AgreementNode? parent)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
            VisitBlock(block, parent);
    }

    /// <summary>One block, handed to the method for its kind.</summary>
    protected virtual void VisitBlock(Block block, AgreementNode? parent)
    {
        switch (block)
        {
            case Paragraph paragraph: VisitParagraph(paragraph, parent); break;
            case Item item: VisitItem(item, parent); break;
            case GlossaryEntry entry: VisitGlossaryEntry(entry, parent); break;
            default: throw new NotSupportedException($"No visit for a {block?.GetType().Name ?? "null"} block.");
        }
    }

    /// <summary>A body paragraph.</summary>
    protected virtual void VisitParagraph(Paragraph paragraph, AgreementNode? parent)
    {
    }

    /// <summary>A numbered item.</summary>
    protected virtual void VisitItem(Item item, AgreementNode? parent)
    {
    }

    /// <summary>A glossary entry.</summary>
    protected virtual void VisitGlossaryEntry(GlossaryEntry entry, AgreementNode? parent)
    {
    }

    /// <summary>The signature block.</summary>
    protected virtual void VisitSignatureBlock(SignatureBlock signatures)
    {
    }
}
