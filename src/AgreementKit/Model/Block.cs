namespace AgreementKit.Model;

/// <summary>A unit of clause or annex content: <see cref="Paragraph"/>, <see cref="Item"/> or <see cref="GlossaryEntry"/>.</summary>
public abstract class Block : AgreementNode
{
    private protected Block(NodeInfo info)
        : base(info)
    {
    }
}

/// <summary>A body paragraph (first-line indent, justified).</summary>
public sealed class Paragraph : Block
{
    internal Paragraph(NodeInfo info, string text)
        : base(info) => Text = text;

    /// <summary>The paragraph text, references resolved.</summary>
    public string Text { get; }
}

/// <summary>A numbered item: （1）（2）…, restarting in each clause or annex.</summary>
public sealed class Item : Block
{
    internal Item(NodeInfo info, string label, string text)
        : base(info)
    {
        Label = label;
        Text = text;
    }

    /// <summary>The computed label, e.g. （1）.</summary>
    public string Label { get; }

    /// <summary>The item text.</summary>
    public string Text { get; }
}

/// <summary>A term and its definition in a glossary annex.</summary>
public sealed class GlossaryEntry : Block
{
    internal GlossaryEntry(NodeInfo info, string term, string definition)
        : base(info)
    {
        Term = term;
        Definition = definition;
    }

    /// <summary>The term defined.</summary>
    public string Term { get; }

    /// <summary>Its definition.</summary>
    public string Definition { get; }
}
