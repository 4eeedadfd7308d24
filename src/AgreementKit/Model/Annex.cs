namespace AgreementKit.Model;

/// <summary>An annex section after the chapters (一、附件列表 …): paragraphs, items and glossary entries.</summary>
public sealed class Annex : Section
{
    internal Annex(string? key, string label, string title, bool pageBreakBefore, IReadOnlyList<Block> content)
        : base(key, label, title, pageBreakBefore) => Content = content;

    /// <summary>The annex's paragraphs, items and glossary entries in order.</summary>
    public IReadOnlyList<Block> Content { get; }
}
