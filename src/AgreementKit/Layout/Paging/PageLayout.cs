namespace AgreementKit.Layout.Paging;

/// <summary>What the body of one page holds.</summary>
internal sealed class PageLayout
{
    private readonly List<Placement> _placements = [];

    public IReadOnlyList<Placement> Placements => _placements;

    public bool IsEmpty => _placements.Count == 0;

    public void Add(Placement placement) => _placements.Add(placement);
}
