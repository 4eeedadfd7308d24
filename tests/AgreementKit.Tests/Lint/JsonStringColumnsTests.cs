using AgreementKit.Lint;

namespace AgreementKit.Tests.Lint;

public sealed class JsonStringColumnsTests
{
    [Theory]
    [InlineData(0, 9)]
    [InlineData(1, 10)]   // after "a"
    [InlineData(2, 16)]   // after \u4E00 (six source characters for one)
    [InlineData(3, 18)]   // after \n
    [InlineData(5, 20)]   // after 𠀀 (two UTF-16 units, two columns)
    public void Columns_follow_escapes_in_the_source(int index, int column)
    {
        const string line = "  \"k\": \"a\\u4E00\\n𠀀b\"";
        Assert.Equal(column, JsonStringColumns.ColumnOf(line, 8, index));
    }

    [Fact]
    public void A_position_that_is_not_a_string_falls_back_to_the_given_column() =>
        Assert.Equal(3, JsonStringColumns.ColumnOf("  12", 3, 1));
}
