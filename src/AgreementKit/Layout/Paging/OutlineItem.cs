namespace AgreementKit.Layout.Paging;

/// <summary>A bookmark: its title, its level (1 = top) and the named destination it opens.</summary>
internal sealed record OutlineItem(string Title, int Level, string Destination);
