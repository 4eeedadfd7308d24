using AgreementKit.Diagnostics;

namespace AgreementKit.Tests.Diagnostics;

/// <summary>Offsets become the 1-based lines and columns editors show: LF ends a line, CRLF counts as LF, columns count characters.</summary>
public sealed class TextPositionsTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(4, 2, 1)]
    [InlineData(7, 2, 4)]
    [InlineData(8, 3, 1)]
    [InlineData(9, 3, 2)]
    [InlineData(100, 3, 3)]
    public void An_offset_is_located_at_its_line_and_column(int offset, int line, int column)
    {
        var positions = new TextPositions("甲乙\r\n第一章\n条款");
        Assert.Equal((line, column), positions.Locate(offset));
        Assert.Equal(new SourceLocation { File = "t.scriban", Line = line, Column = column }, positions.At("t.scriban", offset));
    }

    [Fact]
    public void A_line_and_column_give_back_the_offset_and_the_line_text_without_its_break()
    {
        var positions = new TextPositions("甲乙\r\n第一章\n条款");
        Assert.Equal(5, positions.OffsetOf(2, 2));
        Assert.Equal("甲乙", positions.LineText(1));
        Assert.Equal("第一章", positions.LineText(2));
        Assert.Equal(3, positions.LineCount);
    }
}
