namespace AgreementKit.Layout.Model;

/// <summary>
/// A contents list: each entry is drawn with dot leaders and the page number of its destination, and
/// links to it. Page numbers sit in a right column of fixed width, so the list's height does not depend
/// on them and can be laid out before they are known.
/// </summary>
internal sealed record TableOfContents(IReadOnlyList<TocEntry> Entries, TextStyle TextStyle) : Block
{
    public float IndentPerLevelEm { get; init; } = 2f;

    public float NumberColumnEm { get; init; } = 3f;

    public float LineHeight { get; init; } = 1.6f;

    public float SpaceAfterEntry { get; init; } = 2f;
}
