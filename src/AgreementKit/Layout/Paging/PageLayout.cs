namespace AgreementKit.Layout.Paging;

/// <summary>What the body of one page holds.</summary>
internal sealed class PageLayout
{
    private readonly List<Placement> _placements = [];

    public IReadOnlyList<Placement> Placements => _placements;

    public bool IsEmpty => _placements.Count == 0;

    public void Add(Placement placement) => _placements.Add(placement);

    /// <summary>Takes the placements from <paramref name="index"/> on off the page (they move to the next).</summary>
    public void RemoveFrom(int index) => _placements.RemoveRange(index, _placements.Count - index);
}
