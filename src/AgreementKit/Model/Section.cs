namespace AgreementKit.Model;

/// <summary>
/// A top-level division of an agreement: a chapter, the supplementary part, an annex or the signature
/// block. Every kind has the same shape below its heading — blocks, then clauses — so one walk serves all
/// (<see cref="AgreementVisitor"/>); annexes have no clauses, the signature block neither.
/// </summary>
public abstract class Section : AgreementNode
{
    private protected Section(NodeInfo info, string label, string title, bool pageBreakBefore, IReadOnlyList<Block> blocks, IReadOnlyList<Clause> clauses)
        : base(info)
    {
        Label = label;
        Title = title;
        PageBreakBefore = pageBreakBefore;
        Blocks = blocks;
        Clauses = clauses;
    }

    /// <summary>The computed number, e.g. 第一章 or 一、; empty where the section has none.</summary>
    public string Label { get; }

    /// <summary>The title as the template wrote it.</summary>
    public string Title { get; }

    /// <summary>Whether the template asked for a new page before this section.</summary>
    public bool PageBreakBefore { get; }

    /// <summary>Paragraphs, items and glossary entries below the heading, before any clause.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The section's clauses, in order.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Label and title as printed in the heading and the contents, e.g. 第一章 定义与解释.</summary>
    public string Heading => Label.Length == 0 ? Title : Label.EndsWith('、') ? Label + Title : $"{Label} {Title}";
}
