using AgreementKit.Web.Forms;
using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Forms;

/// <summary>The form model read from the shipped schemas: groups, widgets, Chinese words, conditions.</summary>
public sealed class SchemaFormTests
{
    [Theory]
    [InlineData("sales-crm-responsibility", "zh-Hans")]
    [InlineData("sales-crm-responsibility", "zh-Hant")]
    [InlineData("agent-loyalty-strategy", "zh-Hans")]
    [InlineData("agent-loyalty-strategy", "zh-Hant")]
    public void Every_field_of_a_shipped_pack_has_a_chinese_label_and_a_widget_for_its_type(string packId, string locale)
    {
        var form = SchemaFormReader.Read(ShippedCases.Engine.GetPack(packId), locale);
        var leaves = form.Leaves().ToList();
        Assert.True(leaves.Count >= 40, $"{leaves.Count} fields");
        Assert.All(leaves, f => Assert.Matches("[\u4e00-\u9fff]", f.Label));
        Assert.All(leaves.Where(f => f.Path.EndsWith("Date", StringComparison.Ordinal) || f.Path is "term.start" or "term.end"), f => Assert.Equal(FieldKind.Date, f.Kind));
        Assert.All(leaves.Where(f => f.Kind == FieldKind.Choice), f => Assert.All(f.Choices, c => Assert.Matches("[\u4e00-\u9fff]", c.Label)));
        Assert.Contains(leaves, f => f.Kind == FieldKind.Integer && f.Minimum is not null && f.Maximum is not null);
        Assert.All(form.Children, c => Assert.True(c.Kind is FieldKind.Group || c.Path == "leadParty", c.Path));
        // Help is the edition's own: no "中文 / English" pairs, no talk of the other edition's terms.
        Assert.All(leaves.Where(f => f.Help is not null), f => Assert.DoesNotContain(" / ", f.Help!, StringComparison.Ordinal));
    }

    /// <summary>
    /// One schema, two jurisdictions: each edition's form names a field as that edition's agreement does, in its
    /// script (the findings: 主導方 in the zh-Hans form, 统一社会信用代码 shown to a Taiwan user).
    /// </summary>
    [Theory]
    [InlineData("agent-loyalty-strategy", "leadParty", "主导方", "主導方")]
    [InlineData("agent-loyalty-strategy", "contract", "合同信息", "契約資料")]
    [InlineData("agent-loyalty-strategy", "contract.signDate", "签订日期", "簽訂日期")]
    [InlineData("agent-loyalty-strategy", "company.idNumber", "甲方统一社会信用代码", "甲方統一編號")]
    [InlineData("agent-loyalty-strategy", "company.legalRepresentative", "甲方法定代表人", "甲方代表人")]
    [InlineData("agent-loyalty-strategy", "company.address", "甲方住所", "甲方地址")]
    [InlineData("agent-loyalty-strategy", "company.email", "甲方电子邮箱", "甲方電子信箱")]
    [InlineData("agent-loyalty-strategy", "timeLimits.terminationNoticeDays", "提前解除通知期（日）", "提前終止通知期（日）")]
    [InlineData("sales-crm-responsibility", "company", "甲方（用人单位）", "甲方（雇主）")]
    [InlineData("sales-crm-responsibility", "company.registrationNumber", "统一社会信用代码", "統一編號")]
    [InlineData("sales-crm-responsibility", "company.legalRepresentative", "法定代表人", "代表人")]
    [InlineData("sales-crm-responsibility", "salesperson.idNumber", "居民身份证号码", "身分證統一編號")]
    [InlineData("sales-crm-responsibility", "salesperson.position", "岗位", "職務")]
    [InlineData("sales-crm-responsibility", "policies", "附件（甲方规章制度）", "附件（甲方工作規則）")]
    [InlineData("sales-crm-responsibility", "breach", "损失赔偿", "損害賠償")]
    public void Each_edition_names_a_field_in_its_own_script_and_legal_terms(string packId, string path, string mainland, string taiwan)
    {
        var pack = ShippedCases.Engine.GetPack(packId);
        Assert.Equal(mainland, Find(SchemaFormReader.Read(pack, "zh-Hans"), path).Label);
        Assert.Equal(taiwan, Find(SchemaFormReader.Read(pack, "zh-Hant"), path).Label);
    }

    [Fact]
    public void Help_and_choices_follow_the_edition()
    {
        var sales = ShippedCases.Engine.GetPack("sales-crm-responsibility");
        var deduction = Find(SchemaFormReader.Read(sales, "zh-Hant"), "breach.maxMonthlyDeductionRate");
        Assert.Contains("勞動基準法第二十二條", deduction.Help);
        Assert.Contains("本版不使用", deduction.Help);
        Assert.Contains("工资支付暂行规定", Find(SchemaFormReader.Read(sales, "zh-Hans"), "breach.maxMonthlyDeductionRate").Help);
        Assert.Equal(["每月", "每季度", "每半年", "每年"], Find(SchemaFormReader.Read(sales, "zh-Hans"), "targets.period").Choices.Select(c => c.Label));
        Assert.Equal(["每月", "每季", "每半年", "每年"], Find(SchemaFormReader.Read(sales, "zh-Hant"), "targets.period").Choices.Select(c => c.Label));
        Assert.Equal(["劳动争议仲裁", "仲裁后向人民法院起诉"], Find(SchemaFormReader.Read(sales, "zh-Hans"), "dispute.method").Choices.Select(c => c.Label));
        Assert.Equal(["仲裁", "訴訟"], Find(SchemaFormReader.Read(sales, "zh-Hant"), "dispute.method").Choices.Select(c => c.Label));
    }

    [Theory]
    [InlineData("zh-Hans", "第三方中介（丙方，此时为签约方）")]
    [InlineData("zh-Hant", "第三方中介（丙方，此時為簽約方）")]
    public void Fields_required_when_the_intermediary_leads_are_shown_only_then(string locale, string intermediary)
    {
        var form = SchemaFormReader.Read(ShippedCases.Engine.GetPack("agent-loyalty-strategy"), locale);
        foreach (var path in new[] { "intermediary", "fees" })
        {
            var condition = Assert.Single(form.Children.Single(c => c.Path == path).ShowWhen);
            Assert.Equal("leadParty", condition.When);
            Assert.Equal("intermediary", (string?)condition.EqualsValue);
        }

        var lead = form.Children.Single(c => c.Path == "leadParty");
        Assert.Equal(["company", "agent", "intermediary"], lead.Choices.Select(c => c.FormValue));
        Assert.Equal(["甲方（公司）", "乙方（代理人）", intermediary], lead.Choices.Select(c => c.Label));
    }

    [Fact]
    public void A_pack_without_edition_words_falls_back_to_title_and_the_chinese_part_of_its_description()
    {
        var source = AgreementKit.Templates.Packs.TemplatePackSource.FromFiles(new Dictionary<string, string>
        {
            ["plain/manifest.json"] = """{ "id": "plain", "version": "1.0.0", "locales": ["zh-Hans"] }""",
            ["plain/schema.json"] = """
                {"type": "object", "properties": {
                  "a": {"type": "string", "title": "甲方名称", "description": "甲方名称（全称） / Name"},
                  "b": {"type": "string", "description": "签订日期（ISO 日期） / Date"},
                  "c": {"type": "string", "enum": ["x", "y"], "x-enumNames": ["选项一", "选项二"]}}}
                """,
            ["plain/zh-Hans.scriban"] = "@title 协议\n## 一\n### 一\n{{ a }}{{ b }}{{ c }}\n",
        });
        var pack = AgreementKit.Templates.Packs.TemplatePack.Load(source, "plain", new AgreementKit.Diagnostics.DiagnosticBag())!;
        var form = SchemaFormReader.Read(pack, "zh-Hans");
        Assert.Equal(("甲方名称", "甲方名称（全称）"), (Find(form, "a").Label, Find(form, "a").Help));
        Assert.Equal("签订日期", Find(form, "b").Label);
        Assert.Equal(["选项一", "选项二"], Find(form, "c").Choices.Select(c => c.Label));
    }

    private static FormField Find(FormField form, string path)
    {
        foreach (var child in form.Children)
        {
            if (child.Path == path) return child;
            if (path.StartsWith(child.Path + ".", StringComparison.Ordinal)) return Find(child, path);
        }

        throw new KeyNotFoundException(path);
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
        var fields = SchemaFormReader.Read(ShippedCases.Engine.GetPack("sales-crm-responsibility"), "zh-Hans").Leaves().ToList();
        var suggestions = ColumnSuggestions.For([header], fields, new Dictionary<string, string>());
        Assert.Equal(expected, suggestions.TryGetValue(header, out var s) ? s.Path : null);
    }

    [Fact]
    public void A_column_map_wins_over_the_suggestion_and_two_columns_never_get_the_same_guess()
    {
        var fields = SchemaFormReader.Read(ShippedCases.Engine.GetPack("sales-crm-responsibility"), "zh-Hans").Leaves().ToList();
        var suggestions = ColumnSuggestions.For(["邮箱", "员工姓名", "姓名"], fields, new Dictionary<string, string> { ["邮箱"] = "company.email" });
        Assert.Equal(("company.email", "map"), (suggestions["邮箱"].Path, suggestions["邮箱"].Source));
        Assert.Equal("salesperson.name", suggestions["员工姓名"].Path);
        Assert.False(suggestions.ContainsKey("姓名"));
    }
}
