using AgreementKit.Layout.Elements;

namespace AgreementKit.Layout.Paging;

/// <summary>
/// Distributes measured blocks over pages of a given body height. Rules, in order: a page break starts a
/// new page; a keep-with-next block (a heading) goes to the next page unless it and the start of what
/// follows fit; a keep-together block moves whole; a split leaves at least MinUnitsBeforeSplit units
/// behind and carries at least MinUnitsAfterSplit forward (widows and orphans). Space before a block is
/// dropped at the top of a page. Content taller than a whole page is split wherever it must be.
/// A block that keeps with previous lines has that many units of what precedes it on its page: when it does
/// not fit where it falls they go to the next page with it (a heading left above them too), and when too few
/// precede it on its page more come over from the previous one. Where that cannot be — the lines' page would
/// be left empty, or they and the block are taller than a page, or a page break put the block on a page of
/// its own — its alone note heads the page.
/// </summary>
internal sealed class Paginator
{
    private const float Tolerance = 0.01f;

    private readonly IReadOnlyList<LaidOutBlock> _blocks;
    private readonly float _bodyHeight;
    private readonly List<PageLayout> _pages = [new PageLayout()];
    private float _used;
    private bool _startedByBreak;

    private Paginator(IReadOnlyList<LaidOutBlock> blocks, float bodyHeight)
    {
        _blocks = blocks;
        _bodyHeight = bodyHeight;
    }

    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<LaidOutBlock> blocks, float bodyHeight)
    {
        if (bodyHeight <= 0)
            throw new ArgumentOutOfRangeException(nameof(bodyHeight), "The margins leave no room for the body.");
        var paginator = new Paginator(blocks, bodyHeight);
        for (var i = 0; i < blocks.Count; i++)
            paginator.Place(i);
        return paginator._pages;
    }

    private PageLayout Current => _pages[^1];

    private void NewPage(bool byBreak = false)
    {
        _pages.Add(new PageLayout());
        _used = 0;
        _startedByBreak = byBreak;
    }

    private void Place(int index)
    {
        var block = _blocks[index];
        if (block is PageBreakLayout)
        {
            if (!Current.IsEmpty) NewPage(byBreak: true);
            return;
        }
        if (block.KeepWithPrevious > 0 || block.AloneNote is not null)
            KeepWithPrevious(index);
        if (block.KeepWithNext && !Current.IsEmpty)
        {
            var needed = block.SpaceBefore + ChainHeight(index);
            if (needed <= _bodyHeight && _used + needed > _bodyHeight + Tolerance)
                NewPage();
        }

        var next = 0;
        var count = block.UnitCount;
        while (next < count)
        {
            var before = next == 0 && !Current.IsEmpty ? block.SpaceBefore : 0;
            var room = _bodyHeight - _used - before;
            var fit = UnitsThatFit(block, next, room);
            if (fit >= count - next)
            {
                Put(block, next, count, before);
                next = count;
                break;
            }
            var take = ChooseSplit(block, next, fit);
            if (take == 0)
            {
                if (!Current.IsEmpty)
                {
                    NewPage();
                    continue;
                }
                take = Math.Max(1, fit); // taller than a page: no rule can hold
            }
            Put(block, next, next + take, before);
            next += take;
            NewPage();
        }
        if (count > 0)
            _used = Math.Min(_bodyHeight, _used + block.SpaceAfter);
    }

    // Before a block that must not stand alone on a page: make the page it lands on hold at least
    // KeepWithPrevious units of what precedes it — take them to the next page with it when it does not fit
    // here, or fetch them from the previous page when too few are here — or print its note when it starts
    // a page by itself.
    private void KeepWithPrevious(int index)
    {
        var block = _blocks[index];
        var keep = block.KeepWithPrevious;
        var needed = block.SpaceBefore + ChainHeight(index);
        if (needed <= _bodyHeight && !Current.IsEmpty)
        {
            if (_used + needed > _bodyHeight + Tolerance)
            {
                if (!(keep > 0 && MoveToNextPage(keep, needed)))
                    NewPage();
            }
            else if (keep > 0 && _pages.Count > 1 && !_startedByBreak && Units(Current.Placements) < keep)
            {
                FetchFromPreviousPage(keep - Units(Current.Placements), needed);
            }
        }

        if (Current.IsEmpty && block.AloneNote is { } note && note.TotalHeight + needed <= _bodyHeight)
        {
            Put(note, 0, note.UnitCount, 0);
            _used = Math.Min(_bodyHeight, _used + note.SpaceAfter);
        }
    }

    // The block does not fit: the last units of this page go to a new page ahead of it.
    private bool MoveToNextPage(int units, float needed)
    {
        if (Tail(Current, units) is not { } tail || Height(tail.Moved) + needed > _bodyHeight + Tolerance)
            return false;
        Current.RemoveFrom(tail.From);
        if (tail.Kept is not null) Current.Add(tail.Kept);
        NewPage();
        PutAgain(tail.Moved);
        return true;
    }

    // The block fits, but too little precedes it here: the previous page's last units join this page's.
    private void FetchFromPreviousPage(int units, float needed)
    {
        var previous = _pages[^2];
        if (Tail(previous, units) is not { } tail)
            return;
        List<Placement> moved = [.. tail.Moved, .. Current.Placements];
        if (Height(moved) + needed > _bodyHeight + Tolerance)
            return;
        previous.RemoveFrom(tail.From);
        if (tail.Kept is not null) previous.Add(tail.Kept);
        Current.RemoveFrom(0);
        _used = 0;
        PutAgain(moved);
    }

    private static int Units(IEnumerable<Placement> placements) => placements.Sum(p => p.End - p.First);

    // The last units of a page to move (at least `units`, more where a split paragraph's widow and orphan
    // rules or a heading left behind ask for it): the placements from index From on, the first of them
    // split when Kept (the part that stays) is set. Null when the page would be left empty.
    private static (List<Placement> Moved, int From, Placement? Kept)? Tail(PageLayout page, int units)
    {
        var placements = page.Placements;
        var moved = new List<Placement>();
        var count = 0;
        var index = placements.Count - 1;
        Placement? kept = null;
        while (index >= 0 && count < units)
        {
            var p = placements[index];
            var length = p.End - p.First;
            var take = Math.Max(units - count, p.Block.MinUnitsAfterSplit);
            var rest = p.First == 0 ? p.Block.MinUnitsBeforeSplit : p.Block.MinUnitsAfterSplit;
            if (p.Block.KeepTogether || take >= length || length - take < rest)
            {
                moved.Insert(0, p);
                count += length;
                index--;
                continue;
            }

            kept = p with { End = p.End - take };
            moved.Insert(0, p with { First = p.End - take, Top = 0 });
            count += take;
        }

        // A keep-with-next block (a heading) does not stay behind without what follows it.
        while (kept is null && index >= 0 && placements[index].Block.KeepWithNext && placements[index].End == placements[index].Block.UnitCount)
            moved.Insert(0, placements[index--]);
        if (kept is null && index < 0)
            return null;
        return (moved, kept is null ? index + 1 : index, kept);
    }

    // The height of placements put one after the other at the top of a page, as PutAgain puts them.
    private static float Height(IReadOnlyList<Placement> placements)
    {
        var height = 0f;
        for (var i = 0; i < placements.Count; i++)
        {
            var m = placements[i];
            height += (i > 0 && m.First == 0 ? m.Block.SpaceBefore : 0) + m.Block.Height(m.First, m.End)
                + (m.End == m.Block.UnitCount ? m.Block.SpaceAfter : 0);
        }

        return height;
    }

    private void PutAgain(IEnumerable<Placement> placements)
    {
        foreach (var m in placements)
        {
            Put(m.Block, m.First, m.End, !Current.IsEmpty && m.First == 0 ? m.Block.SpaceBefore : 0);
            if (m.End == m.Block.UnitCount)
                _used = Math.Min(_bodyHeight, _used + m.Block.SpaceAfter);
        }
    }

    private void Put(LaidOutBlock block, int first, int end, float before)
    {
        var top = _used + before;
        Current.Add(new Placement(block, first, end, top));
        _used = top + block.Height(first, end);
    }

    private static int UnitsThatFit(LaidOutBlock block, int first, float room)
    {
        var height = 0f;
        var n = 0;
        for (var i = first; i < block.UnitCount; i++)
        {
            height += block.UnitHeight(i);
            if (height > room + Tolerance) break;
            n++;
        }
        return n;
    }

    // How many of the units that fit to keep on this page, or 0 to move the rest to the next page.
    private int ChooseSplit(LaidOutBlock block, int next, int fit)
    {
        if (block.KeepTogether && next == 0 && block.TotalHeight <= _bodyHeight)
            return 0;
        var remaining = block.UnitCount - next;
        for (var take = fit; take >= 1; take--)
        {
            var headOk = next > 0 || take >= block.MinUnitsBeforeSplit;
            var tailOk = remaining - take >= block.MinUnitsAfterSplit;
            if (headOk && tailOk)
                return take;
        }
        return 0;
    }

    // A keep-with-next block, every keep-with-next block after it, and the first piece of the block
    // that ends the chain must share a page.
    private float ChainHeight(int index)
    {
        var height = 0f;
        for (var i = index; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block is PageBreakLayout)
                break;
            var before = i == index ? 0 : block.SpaceBefore;
            if (block.KeepWithNext)
            {
                height += before + block.Height(0, block.UnitCount) + block.SpaceAfter;
                continue;
            }
            height += before + block.Height(0, FirstPiece(block));
            break;
        }
        return height;
    }

    // The fewest units a block can start a page with when it is split.
    private static int FirstPiece(LaidOutBlock block)
    {
        var count = block.UnitCount;
        if (block.KeepTogether) return count;
        for (var take = 1; take < count; take++)
            if (take >= block.MinUnitsBeforeSplit && count - take >= block.MinUnitsAfterSplit)
                return take;
        return count;
    }
}
