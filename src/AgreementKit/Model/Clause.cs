namespace AgreementKit.Model;

/// <summary>A numbered clause (1.1, or 附加条款1 in the supplementary part) with its paragraphs and items.</summary>
public sealed class Clause : AgreementNode
{
    internal Clause(NodeInfo info, string label, string title, IReadOnlyList<Block> content)
        : base(info)
    {
        Label = label;
        Title = title;
        Content = content;
    }

    /// <summary>The computed number: 1.1, 7.3, 附加条款2.</summary>
    public string Label { get; }

    /// <summary>The clause title, possibly empty.</summary>
    public string Title { get; }

    /// <summary>Paragraphs and items in order.</summary>
    public IReadOnlyList<Block> Content { get; }

    /// <summary>Label and title as printed, e.g. 1.1 合同定义.</summary>
    public string Heading => Title.Length == 0 ? Label : $"{Label} {Title}";
}
