using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Paging;

namespace AgreementKit.Tests.Layout;

/// <summary>
/// A block that must not stand alone on a page (the signature block): it takes the last lines before it to
/// the next page, and where they cannot come, its note heads the page.
/// </summary>
public class KeepWithPreviousTests
{
    // Units of 10 pt; a page body holds 10 of them. The note is block -1.
    private const float Page = 100;

    private sealed class Lines(int count, bool keepWithNext = false, bool keepTogether = false, int keepWithPrevious = 0)
        : LaidOutBlock(new PageBreak { KeepWithPrevious = keepWithPrevious })
    {
        public override int UnitCount => count;
        public override float UnitHeight(int index) => 10;
        public override bool KeepWithNext => keepWithNext;
        public override bool KeepTogether => keepTogether;
        public override int MinUnitsBeforeSplit => 2;
        public override int MinUnitsAfterSplit => 2;
        public override void Draw(DrawContext context, int first, int end, float left, float top) { }
    }

    private static Lines Signatures(int rows) =>
        new(rows, keepTogether: true, keepWithPrevious: 2) { AloneNote = Note() };

    private static ParagraphLayout Note() =>
        new(new Paragraph("（本页无正文，为《协议》之签署页）", new TextStyle(AgreementKit.Layout.Fonts.FontRole.Regular, 10), new ParagraphStyle()),
            [new LaidOutLine(10, 8, [])], null);

    private static List<List<(int Block, int First, int End)>> Paginate(params LaidOutBlock[] blocks) =>
        Paginator.Paginate(blocks, Page).Select(p => p.Placements
            .Select(x => (Array.IndexOf(blocks, x.Block), x.First, x.End)).ToList()).ToList();

    [Fact]
    public void Where_the_block_fits_nothing_moves()
    {
        var pages = Paginate(new Lines(3), new Lines(2), Signatures(4));
        Assert.Equal([[(0, 0, 3), (1, 0, 2), (2, 0, 4)]], pages);
    }

    [Fact]
    public void The_last_two_lines_go_to_the_next_page_with_the_block()
    {
        var pages = Paginate(new Lines(4), new Lines(4), Signatures(4));
        Assert.Equal([(0, 0, 4), (1, 0, 2)], pages[0]);
        Assert.Equal([(1, 2, 4), (2, 0, 4)], pages[1]);
    }

    [Fact]
    public void A_one_line_paragraph_and_two_lines_of_the_one_before_move_together()
    {
        // （以下无正文） is one line; one more line would be a widow, so two of the paragraph above come along.
        var pages = Paginate(new Lines(5), new Lines(4), new Lines(1), Signatures(3));
        Assert.Equal([(0, 0, 5), (1, 0, 2)], pages[0]);
        Assert.Equal([(1, 2, 4), (2, 0, 1), (3, 0, 3)], pages[1]);
    }

    [Fact]
    public void When_too_few_lines_precede_it_on_its_page_more_come_over_from_the_previous_one()
    {
        // （以下无正文） alone went over the page end; the block fits after it but would have only that line.
        var pages = Paginate(new Lines(8), new Lines(2), new Lines(1), Signatures(4));
        Assert.Equal([(0, 0, 8)], pages[0]);
        Assert.Equal([(1, 0, 2), (2, 0, 1), (3, 0, 4)], pages[1]);
    }

    [Fact]
    public void Lines_never_come_over_a_page_break_the_template_asked_for()
    {
        var pages = Paginate(new Lines(3), new PageBreakLayout(new PageBreak()), new Lines(1), Signatures(3));
        Assert.Equal([[(0, 0, 3)], [(2, 0, 1), (3, 0, 3)]], pages);
    }

    [Fact]
    public void A_heading_left_above_the_moved_lines_moves_too()
    {
        var pages = Paginate(new Lines(6), new Lines(1, keepWithNext: true), new Lines(2), Signatures(4));
        Assert.Equal([(0, 0, 6)], pages[0]);
        Assert.Equal([(1, 0, 1), (2, 0, 2), (3, 0, 4)], pages[1]);
    }

    [Fact]
    public void Where_the_lines_and_the_block_exceed_a_page_the_note_heads_the_block_s_page()
    {
        var pages = Paginate(new Lines(8), Signatures(9));
        Assert.Equal([(0, 0, 8)], pages[0]);
        Assert.Equal([(-1, 0, 1), (1, 0, 9)], pages[1]);
    }

    [Fact]
    public void Where_moving_the_lines_would_empty_their_page_the_note_heads_the_block_s_page()
    {
        var pages = Paginate(new Lines(12), Signatures(9));
        Assert.Equal([[(0, 0, 10)], [(0, 10, 12)], [(-1, 0, 1), (1, 0, 9)]], pages);
    }

    [Fact]
    public void After_a_page_break_the_note_heads_the_page()
    {
        var pages = Paginate(new Lines(3), new PageBreakLayout(new PageBreak()), Signatures(4));
        Assert.Equal([[(0, 0, 3)], [(-1, 0, 1), (2, 0, 4)]], pages);
    }

    [Fact]
    public void A_block_that_fills_a_page_exactly_gets_no_note_it_has_no_room_for()
    {
        var pages = Paginate(new Lines(3), new PageBreakLayout(new PageBreak()), Signatures(10));
        Assert.Equal([[(0, 0, 3)], [(2, 0, 10)]], pages);
    }
}
