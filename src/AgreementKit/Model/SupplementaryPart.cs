namespace AgreementKit.Model;

/// <summary>The supplementary (party-led) clauses, numbered 附加条款1 … within this agreement.</summary>
public sealed class SupplementaryPart : Section
{
    internal SupplementaryPart(string? key, string title, bool pageBreakBefore, IReadOnlyList<Block> introduction, IReadOnlyList<Clause> clauses)
        : base(key, string.Empty, title, pageBreakBefore)
    {
        Introduction = introduction;
        Clauses = clauses;
    }

    /// <summary>Paragraphs before the first supplementary clause.</summary>
    public IReadOnlyList<Block> Introduction { get; }

    /// <summary>The supplementary clauses.</summary>
    public IReadOnlyList<Clause> Clauses { get; }
}
