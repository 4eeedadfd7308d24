namespace AgreementKit.Layout.Model;

/// <summary>Everything the engine needs to produce a PDF: pages, content, header, footer and metadata.</summary>
internal sealed record LayoutDocument(PageSetup Page, IReadOnlyList<Block> Blocks)
{
    public PageDecoration? Header { get; init; }

    public PageDecoration? Footer { get; init; }

    public DocumentMetadata Metadata { get; init; } = new();
}
