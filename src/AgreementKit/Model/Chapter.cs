namespace AgreementKit.Model;

/// <summary>A numbered chapter (第一章 …) holding clauses, possibly after some introductory text.</summary>
public sealed class Chapter : Section
{
    internal Chapter(string? key, string label, string title, bool pageBreakBefore, IReadOnlyList<Block> introduction, IReadOnlyList<Clause> clauses)
        : base(key, label, title, pageBreakBefore)
    {
        Introduction = introduction;
        Clauses = clauses;
    }

    /// <summary>Paragraphs between the chapter heading and its first clause.</summary>
    public IReadOnlyList<Block> Introduction { get; }

    /// <summary>The chapter's clauses, numbered 1.1, 1.2 …</summary>
    public IReadOnlyList<Clause> Clauses { get; }
}
