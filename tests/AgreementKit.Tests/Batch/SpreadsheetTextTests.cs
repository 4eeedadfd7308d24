using AgreementKit.Batch.Output;

namespace AgreementKit.Tests.Batch;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("HT-1", "HT-1")]
    [InlineData("姓名", "姓名")]
    [InlineData("", "")]
    public void Cells_that_a_spreadsheet_would_run_get_an_apostrophe(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralize(cell));
}
