namespace AgreementKit.Layout.Model;

/// <summary>A contents line: its text, its level (1 = top) and the anchor it links to.</summary>
internal sealed record TocEntry(string Text, int Level, string Destination);
