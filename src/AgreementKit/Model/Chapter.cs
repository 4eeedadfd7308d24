namespace AgreementKit.Model;

/// <summary>A numbered chapter (第一章 …) holding clauses, possibly after some introductory text.</summary>
public sealed class Chapter : Section
{
    internal Chapter(NodeInfo info, string label, string title, bool pageBreakBefore, IReadOnlyList<Block> introduction, IReadOnlyList<Clause> clauses)
        : base(info, label, title, pageBreakBefore, introduction, clauses)
    {
    }

    /// <summary>Paragraphs between the chapter heading and its first clause (the same list as <see cref="Section.Blocks"/>).</summary>
    public IReadOnlyList<Block> Introduction => Blocks;
}
