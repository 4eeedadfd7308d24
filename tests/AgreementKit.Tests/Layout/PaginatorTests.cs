using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Paging;

namespace AgreementKit.Tests.Layout;

public class PaginatorTests
{
    // Units of 10 pt; a page body holds 10 of them.
    private const float Page = 100;

    private sealed class Lines(int count, bool keepWithNext = false, bool keepTogether = false, bool widows = true, float before = 0)
        : LaidOutBlock(new PageBreak())
    {
        public override int UnitCount => count;
        public override float UnitHeight(int index) => 10;
        public override bool KeepWithNext => keepWithNext;
        public override bool KeepTogether => keepTogether;
        public override float SpaceBefore => before;
        public override int MinUnitsBeforeSplit => widows ? 2 : 1;
        public override int MinUnitsAfterSplit => widows ? 2 : 1;
        public override void Draw(DrawContext context, int first, int end, float left, float top) { }
    }

    private static List<List<(int Block, int First, int End)>> Paginate(params LaidOutBlock[] blocks) =>
        Paginator.Paginate(blocks, Page).Select(p => p.Placements
            .Select(x => (Array.IndexOf(blocks, x.Block), x.First, x.End)).ToList()).ToList();

    [Fact]
    public void A_paragraph_splits_at_the_page_end()
    {
        var pages = Paginate(new Lines(6), new Lines(8));
        Assert.Equal([(0, 0, 6), (1, 0, 4)], pages[0]);
        Assert.Equal([(1, 4, 8)], pages[1]);
    }

    [Fact]
    public void No_single_line_is_left_at_the_bottom_of_a_page()
    {
        // 9 lines used; one line of the next paragraph would fit but would be an orphan.
        var pages = Paginate(new Lines(9), new Lines(4));
        Assert.Equal([(0, 0, 9)], pages[0]);
        Assert.Equal([(1, 0, 4)], pages[1]);
    }

    [Fact]
    public void No_single_line_is_carried_to_the_top_of_a_page()
    {
        // 7 used, 5 lines: 3 would fit leaving a widow of 2 -> fine; with 4 lines, 3 fit leaves 1 -> take 2.
        var pages = Paginate(new Lines(7), new Lines(4));
        Assert.Equal([(0, 0, 7), (1, 0, 2)], pages[0]);
        Assert.Equal([(1, 2, 4)], pages[1]);
    }

    [Fact]
    public void Without_widow_control_a_single_line_may_stay_behind()
    {
        var pages = Paginate(new Lines(9), new Lines(4, widows: false));
        Assert.Equal([(0, 0, 9), (1, 0, 1)], pages[0]);
    }

    [Fact]
    public void A_three_line_paragraph_that_does_not_fit_moves_whole()
    {
        var pages = Paginate(new Lines(8), new Lines(3));
        Assert.Equal([(0, 0, 8)], pages[0]);
        Assert.Equal([(1, 0, 3)], pages[1]);
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var pages = Paginate(new Lines(8), new Lines(1, keepWithNext: true), new Lines(5));
        Assert.Equal([(0, 0, 8)], pages[0]);
        Assert.Equal([(1, 0, 1), (2, 0, 5)], pages[1]);
    }

    [Fact]
    public void A_heading_stays_when_the_start_of_its_paragraph_fits()
    {
        var pages = Paginate(new Lines(7), new Lines(1, keepWithNext: true), new Lines(5));
        Assert.Equal([(0, 0, 7), (1, 0, 1), (2, 0, 2)], pages[0]);
    }

    [Fact]
    public void Chained_headings_move_together()
    {
        var pages = Paginate(new Lines(7), new Lines(1, keepWithNext: true), new Lines(1, keepWithNext: true), new Lines(4));
        Assert.Equal([(0, 0, 7)], pages[0]);
        Assert.Equal(3, pages[1].Count);
    }

    [Fact]
    public void A_keep_together_block_moves_whole()
    {
        var pages = Paginate(new Lines(6), new Lines(5, keepTogether: true, widows: false));
        Assert.Equal([(0, 0, 6)], pages[0]);
        Assert.Equal([(1, 0, 5)], pages[1]);
    }

    [Fact]
    public void A_keep_together_block_taller_than_a_page_is_split_anyway()
    {
        var pages = Paginate(new Lines(15, keepTogether: true, widows: false));
        Assert.Equal([(0, 0, 10)], pages[0]);
        Assert.Equal([(0, 10, 15)], pages[1]);
    }

    [Fact]
    public void A_page_break_starts_a_new_page_but_never_an_empty_one()
    {
        var blocks = new LaidOutBlock[] { new Lines(2), new PageBreakLayout(new PageBreak()), new PageBreakLayout(new PageBreak()), new Lines(2) };
        var pages = Paginator.Paginate(blocks, Page);
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void Space_before_is_dropped_at_the_top_of_a_page()
    {
        var pages = Paginator.Paginate([new Lines(10), new Lines(2, before: 5)], Page);
        Assert.Equal(0, pages[1].Placements[0].Top);
        var same = Paginator.Paginate([new Lines(2), new Lines(2, before: 5)], Page);
        Assert.Equal(25, same[0].Placements[1].Top);
    }
}
