namespace AgreementKit.Model;

/// <summary>An annex section after the chapters (一、附件列表 …): paragraphs, items and glossary entries.</summary>
public sealed class Annex : Section
{
    internal Annex(NodeInfo info, string label, string title, bool pageBreakBefore, IReadOnlyList<Block> content)
        : base(info, label, title, pageBreakBefore, content, [])
    {
    }

    /// <summary>The annex's paragraphs, items and glossary entries in order (the same list as <see cref="Section.Blocks"/>).</summary>
    public IReadOnlyList<Block> Content => Blocks;
}
