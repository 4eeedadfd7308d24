namespace AgreementKit.Model;

/// <summary>A top-level division of an agreement: a chapter, the supplementary part, an annex or the signature block.</summary>
public abstract class Section
{
    private protected Section(string? key, string label, string title, bool pageBreakBefore)
    {
        Key = key;
        Label = label;
        Title = title;
        PageBreakBefore = pageBreakBefore;
    }

    /// <summary>The key cross references use (<c>{#key}</c> in the template), if any.</summary>
    public string? Key { get; }

    /// <summary>The computed number, e.g. 第一章 or 一、; empty where the section has none.</summary>
    public string Label { get; }

    /// <summary>The title as the template wrote it.</summary>
    public string Title { get; }

    /// <summary>Whether the template asked for a new page before this section.</summary>
    public bool PageBreakBefore { get; }

    /// <summary>Label and title as printed in the heading and the contents, e.g. 第一章 定义与解释.</summary>
    public string Heading => Label.Length == 0 ? Title : Label.EndsWith('、') ? Label + Title : $"{Label} {Title}";
}
