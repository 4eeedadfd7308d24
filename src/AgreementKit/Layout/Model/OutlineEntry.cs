namespace AgreementKit.Layout.Model;

/// <summary>A PDF bookmark for a block. Level 1 is the top.</summary>
internal sealed record OutlineEntry(string Title, int Level);
