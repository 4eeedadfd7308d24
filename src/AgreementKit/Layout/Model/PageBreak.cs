namespace AgreementKit.Layout.Model;

/// <summary>The next block starts a new page.</summary>
internal sealed record PageBreak : Block;
