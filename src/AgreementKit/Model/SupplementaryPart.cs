namespace AgreementKit.Model;

/// <summary>The supplementary (party-led) clauses, numbered 附加条款1 … within this agreement.</summary>
public sealed class SupplementaryPart : Section
{
    internal SupplementaryPart(NodeInfo info, string title, bool pageBreakBefore, IReadOnlyList<Block> introduction, IReadOnlyList<Clause> clauses)
        : base(info, string.Empty, title, pageBreakBefore, introduction, clauses)
    {
    }

    /// <summary>Paragraphs before the first supplementary clause (the same list as <see cref="Section.Blocks"/>).</summary>
    public IReadOnlyList<Block> Introduction => Blocks;
}
