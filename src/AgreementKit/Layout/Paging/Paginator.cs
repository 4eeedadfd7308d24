using AgreementKit.Layout.Elements;

namespace AgreementKit.Layout.Paging;

/// <summary>
/// Distributes measured blocks over pages of a given body height. Rules, in order: a page break starts a
/// new page; a keep-with-next block (a heading) goes to the next page unless it and the start of what
/// follows fit; a keep-together block moves whole; a split leaves at least MinUnitsBeforeSplit units
/// behind and carries at least MinUnitsAfterSplit forward (widows and orphans). Space before a block is
/// dropped at the top of a page. Content taller than a whole page is split wherever it must be.
/// A block that keeps with previous lines and does not fit where it falls takes those lines (and a heading
/// left above them) to the next page; where they cannot go — the page would be left empty, or they and the
/// block are taller than a page — or where nothing precedes it on its page, its alone note heads the page.
/// </summary>
internal sealed class Paginator
{
    private const float Tolerance = 0.01f;

    private readonly IReadOnlyList<LaidOutBlock> _blocks;
    private readonly float _bodyHeight;
    private readonly List<PageLayout> _pages = [new PageLayout()];
    private float _used;

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

    private void NewPage()
    {
        _pages.Add(new PageLayout());
        _used = 0;
    }

    private void Place(int index)
    {
        var block = _blocks[index];
        if (block is PageBreakLayout)
        {
            if (!Current.IsEmpty) NewPage();
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

    // Before a block that must not stand alone on a page: bring the previous lines along to the next page
    // when the block does not fit on this one, or print its note when it will start a page by itself.
    private void KeepWithPrevious(int index)
    {
        var block = _blocks[index];
        var needed = block.SpaceBefore + ChainHeight(index);
        if (!Current.IsEmpty && _used + needed > _bodyHeight + Tolerance && needed <= _bodyHeight
            && !(block.KeepWithPrevious > 0 && PullBack(block.KeepWithPrevious, needed)))
            NewPage();
        if (Current.IsEmpty && block.AloneNote is { } note && note.TotalHeight + needed <= _bodyHeight)
        {
            Put(note, 0, note.UnitCount, 0);
            _used = Math.Min(_bodyHeight, _used + note.SpaceAfter);
        }
    }

    // Moves the last units of the current page (at least `units` of them, more where a split paragraph's
    // widow and orphan rules or a heading left behind ask for it) to a new page, if the page keeps something
    // and they fit on the new page with `needed` points below them.
    private bool PullBack(int units, float needed)
    {
        var placements = Current.Placements;
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
            return false;

        var height = 0f;
        for (var i = 0; i < moved.Count; i++)
        {
            var m = moved[i];
            height += (i > 0 && m.First == 0 ? m.Block.SpaceBefore : 0) + m.Block.Height(m.First, m.End)
                + (m.End == m.Block.UnitCount ? m.Block.SpaceAfter : 0);
        }

        if (height + needed > _bodyHeight + Tolerance)
            return false;

        Current.RemoveFrom(kept is null ? index + 1 : index);
        if (kept is not null)
            Current.Add(kept);
        NewPage();
        foreach (var m in moved)
        {
            Put(m.Block, m.First, m.End, !Current.IsEmpty && m.First == 0 ? m.Block.SpaceBefore : 0);
            if (m.End == m.Block.UnitCount)
                _used = Math.Min(_bodyHeight, _used + m.Block.SpaceAfter);
        }

        return true;
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
