using AgreementKit.Diagnostics;

namespace AgreementKit.Layout.Model;

/// <summary>
/// Something laid out down the page. Anchor names a destination at the block's top (ASCII letters, digits,
/// '-', '_' and '.'), which links and the outline point at; Outline adds a bookmark; Source says where the
/// block's text came from, for diagnostics about it.
/// </summary>
internal abstract record Block
{
    public string? Anchor { get; init; }

    public OutlineEntry? Outline { get; init; }

    public SourceLocation? Source { get; init; }
}
