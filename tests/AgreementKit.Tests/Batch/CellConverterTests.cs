using AgreementKit.Batch.Rows;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Batch;

public sealed class CellConverterTests
{
    [Theory]
    [InlineData("007")]
    [InlineData("1E5")]
    [InlineData("0x1F")]
    [InlineData(" 张三 ")]
    [InlineData("true")]
    public void Text_fields_keep_the_cell_exactly(string cell)
    {
        var (value, problem) = CellConverter.Convert(cell, FieldKind.Text);
        Assert.Null(problem);
        Assert.Equal(JTokenType.String, value!.Type);
        Assert.Equal(cell, (string?)value);
    }

    [Fact]
    public void Numbers_come_only_from_their_json_spelling()
    {
        Assert.Equal(30L, CellConverter.Convert("30", FieldKind.Integer).Value!.Value<long>());
        Assert.Equal(12.50m, CellConverter.Convert("12.50", FieldKind.Number).Value!.Value<decimal>());
        Assert.Equal(JTokenType.Integer, CellConverter.Convert("90", FieldKind.Number).Value!.Type);
        foreach (var bad in new[] { "3.5", "３", "24小时", "30 天", "1e2", "0x10" })
            Assert.NotNull(CellConverter.Convert(bad, FieldKind.Integer).Problem);
        Assert.NotNull(CellConverter.Convert("12,5", FieldKind.Number).Problem);
        Assert.NotNull(CellConverter.Convert("yes", FieldKind.Boolean).Problem);
        Assert.True(CellConverter.Convert("true", FieldKind.Boolean).Value!.Value<bool>());
    }

    [Fact]
    public void Empty_cells_leave_the_default()
    {
        Assert.Equal((null, null), CellConverter.Convert("", FieldKind.Integer));
        Assert.Equal((null, null), CellConverter.Convert(null, FieldKind.Text));
    }

    [Fact]
    public void Excel_cells_keep_their_meaning()
    {
        Assert.Equal("2025-01-01", (string?)CellConverter.Convert(new DateTime(2025, 1, 1), FieldKind.Date).Value);
        Assert.Equal("7", (string?)CellConverter.Convert(7.0, FieldKind.Text).Value);
        Assert.Equal(30L, CellConverter.Convert(30.0, FieldKind.Integer).Value!.Value<long>());
        Assert.NotNull(CellConverter.Convert(30.5, FieldKind.Integer).Problem);
        Assert.NotNull(CellConverter.Convert(new DateTime(2025, 1, 1), FieldKind.Integer).Problem);
    }

    [Fact]
    public void A_date_text_stays_text_for_the_schema_to_check()
    {
        var (value, problem) = CellConverter.Convert("2025-13-45", FieldKind.Date);
        Assert.Null(problem);
        Assert.Equal("2025-13-45", (string?)value);
    }
}
