using AgreementKit.Layout.Elements;

namespace AgreementKit.Tests.Layout;

/// <summary>How the signature table's party names are sized: whole at the largest scale, else split alike.</summary>
public sealed class OneLineFitTests
{
    private static readonly float[] Scales = [1f, 0.9f, 0.8f];

    [Fact]
    public void Names_that_fit_at_full_size_stay_whole()
    {
        var (scale, split) = OneLineFit.Choose(3, Scales, _ => 0, (_, _) => true, (_, _) => true);
        Assert.Equal(1f, scale);
        Assert.Equal([false, false, false], split);
    }

    [Fact]
    public void The_table_shrinks_a_step_before_any_name_splits()
    {
        var (scale, split) = OneLineFit.Choose(2, Scales, _ => 0, (i, s) => i == 0 || s <= 0.9f, (_, _) => true);
        Assert.Equal(0.9f, scale);
        Assert.Equal([false, false], split);
    }

    [Fact]
    public void When_one_name_cannot_stay_whole_every_column_puts_its_role_on_a_line_of_its_own()
    {
        // Column 1 (乙方：鄭宇彤) fits whole; columns 0 and 2 (long company names) fit only as role / name.
        var (scale, split) = OneLineFit.Choose(3, Scales, _ => 0, (i, _) => i == 1, (_, _) => true);
        Assert.Equal(1f, scale);
        Assert.Equal([true, true, true], split);
    }

    [Fact]
    public void Rows_split_on_their_own()
    {
        // Row 0: the names, one too long; row 1: ID lines that fit whole.
        var (scale, split) = OneLineFit.Choose(4, Scales, i => i / 2, (i, _) => i != 0, (_, _) => true);
        Assert.Equal(1f, scale);
        Assert.Equal([true, true, false, false], split);
    }

    [Fact]
    public void A_name_too_long_even_on_its_own_line_is_set_at_the_smallest_scale()
    {
        var (scale, split) = OneLineFit.Choose(2, Scales, _ => 0, (i, _) => i == 1, (i, s) => i == 1 || s < 0.5f);
        Assert.Equal(0.8f, scale);
        Assert.Equal([true, true], split);
    }
}
