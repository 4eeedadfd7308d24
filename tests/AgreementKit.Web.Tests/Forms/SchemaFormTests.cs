using AgreementKit.Web.Forms;
using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Forms;

/// <summary>The form model read from the shipped schemas: groups, widgets, Chinese words, conditions.</summary>
public sealed class SchemaFormTests
{
    [Theory]
    [InlineData("sales-crm-responsibility")]
    [InlineData("agent-loyalty-strategy")]
    public void Every_field_of_a_shipped_pack_has_a_chinese_label_and_a_widget_for_its_type(string packId)
    {
        var form = SchemaFormReader.Read(ShippedCases.Engine.GetPack(packId));
        var leaves = form.Leaves().ToList();
        Assert.True(leaves.Count >= 40, $"{leaves.Count} fields");
        Assert.All(leaves, f => Assert.Matches("[\u4e00-\u9fff]", f.Label));
        Assert.All(leaves.Where(f => f.Path.EndsWith("Date", StringComparison.Ordinal) || f.Path is "term.start" or "term.end"), f => Assert.Equal(FieldKind.Date, f.Kind));
        Assert.All(leaves.Where(f => f.Kind == FieldKind.Choice), f => Assert.All(f.Choices, c => Assert.Matches("[\u4e00-\u9fff]", c.Label)));
        Assert.Contains(leaves, f => f.Kind == FieldKind.Integer && f.Minimum is not null && f.Maximum is not null);
        Assert.All(form.Children, c => Assert.True(c.Kind is FieldKind.Group || c.Path == "leadParty", c.Path));
    }

    [Fact]
    public void Fields_required_when_the_intermediary_leads_are_shown_only_then()
    {
        var form = SchemaFormReader.Read(ShippedCases.Engine.GetPack("agent-loyalty-strategy"));
        foreach (var path in new[] { "intermediary", "fees" })
        {
            var condition = Assert.Single(form.Children.Single(c => c.Path == path).ShowWhen);
            Assert.Equal("leadParty", condition.When);
            Assert.Equal("intermediary", (string?)condition.EqualsValue);
        }

        var lead = form.Children.Single(c => c.Path == "leadParty");
        Assert.Equal(["company", "agent", "intermediary"], lead.Choices.Select(c => c.FormValue));
        Assert.Equal(["甲方（公司）", "乙方（代理人）", "第三方中介（丙方，此時為簽約方）"], lead.Choices.Select(c => c.Label));
    }

    [Theory]
    [InlineData("姓名", "salesperson.name")]
    [InlineData("工号", "salesperson.employeeId")]
    [InlineData("开始日期", "term.start")]
    [InlineData("结束日期", "term.end")]
    [InlineData("合同编号", "contract.number")]
    [InlineData("salesperson.department", "salesperson.department")]
    [InlineData("邮箱", null)]
    [InlineData("备注", null)]
    public void Column_headers_of_an_hr_export_get_the_field_they_name(string header, string? expected)
    {
        var fields = SchemaFormReader.Read(ShippedCases.Engine.GetPack("sales-crm-responsibility")).Leaves().ToList();
        var suggestions = ColumnSuggestions.For([header], fields, new Dictionary<string, string>());
        Assert.Equal(expected, suggestions.TryGetValue(header, out var s) ? s.Path : null);
    }

    [Fact]
    public void A_column_map_wins_over_the_suggestion_and_two_columns_never_get_the_same_guess()
    {
        var fields = SchemaFormReader.Read(ShippedCases.Engine.GetPack("sales-crm-responsibility")).Leaves().ToList();
        var suggestions = ColumnSuggestions.For(["邮箱", "员工姓名", "姓名"], fields, new Dictionary<string, string> { ["邮箱"] = "company.email" });
        Assert.Equal(("company.email", "map"), (suggestions["邮箱"].Path, suggestions["邮箱"].Source));
        Assert.Equal("salesperson.name", suggestions["员工姓名"].Path);
        Assert.False(suggestions.ContainsKey("姓名"));
    }
}
