using System.Text;
using AgreementKit.Model;
using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Golden;

/// <summary>
/// What a lawyer in Shanghai (zh-Hans, PRC law) and in Taipei (zh-Hant, Taiwan law) checks in the sales
/// agreement before signing it (issue 12): remedies an employer may lawfully agree with an employee, one
/// dispute route, wording for two signing parties, the document named as its body names it, nothing
/// binding after the signatures, and a Taiwan edition in Taiwan's law and words.
/// </summary>
public sealed class SalesCrmDraftingTests
{
    private const string Pack = "sales-crm-responsibility";

    private static JObject Example(string locale) => ExampleCases.Parameters(Pack, locale, "-");

    private static Agreement Assemble(JObject parameters, string locale) =>
        ExampleCases.Engine.Assemble(Pack, AgreementParameters.FromJObject(parameters), locale);

    private static string Text(Agreement agreement) =>
        Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Text));

    private static string Text(JObject parameters, string locale) => Text(Assemble(parameters, locale));

    [Fact]
    public void The_prc_edition_recovers_losses_within_the_wage_payment_rules_and_agrees_no_penalty()
    {
        var text = Text(Example("zh-Hans"), "zh-Hans");

        Assert.Contains("依照《中华人民共和国劳动合同法》第二十五条的规定，本协议不约定由乙方承担违约金", text, StringComparison.Ordinal);
        Assert.Contains("依照《工资支付暂行规定》第十六条的规定承担赔偿责任", text, StringComparison.Ordinal);
        Assert.Contains("每月扣除的部分不得超过乙方当月工资的20%；扣除后的剩余工资部分低于劳动合同履行地月最低工资标准的，甲方应当按照最低工资标准支付", text, StringComparison.Ordinal);
        // No deduction per breach, in any form the earlier draft used.
        Assert.DoesNotContain("每发生一次", text, StringComparison.Ordinal);
        Assert.DoesNotContain("扣减比例", text, StringComparison.Ordinal);
        Assert.Contains("人民币壹万元整（¥10,000.00）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_law_caps_the_monthly_deduction_in_the_schema()
    {
        var json = Example("zh-Hans");
        json["breach"]!["maxMonthlyDeductionRate"] = 25;
        var error = Assert.Single(ExampleCases.Engine.Validate(Pack, AgreementParameters.FromJObject(json)).Diagnostics);
        Assert.Equal("breach.maxMonthlyDeductionRate", error.Location.Path);
    }

    [Fact]
    public void The_taiwan_edition_pays_wages_in_full_and_is_written_in_taiwan_law()
    {
        var text = Text(Example("zh-Hant"), "zh-Hant");

        foreach (var expected in new[]
                 {
                     "甲方（雇主）：瀚宇晨光精密儀器股份有限公司，統一編號：53912846", "代表人：林志豪",
                     "乙方（勞工）：黃冠霖，身分證統一編號：F127385946", "勞動契約",
                     "甲方應依勞動基準法第二十二條的規定，將工資全額直接給付乙方", "依同法第二十六條的規定，甲方不得預扣乙方工資作為違約金或賠償費用",
                     "新臺幣參萬元整（NT$30,000）", "自中華民國114年1月1日起至中華民國114年12月31日止", "簽訂日期：中華民國113年12月27日",
                     "以臺灣臺北地方法院為第一審管轄法院", "均以中華民國法律為準據法",
                 })
            Assert.Contains(expected, text, StringComparison.Ordinal);

        // PRC concepts that have no place in a Taiwan labour agreement.
        foreach (var mainland in new[] { "勞動合同", "用人單位", "法定代表人", "最低工資", "人民法院", "個人所得稅", "崗位", "人民幣", "工資支付暫行規定", "統一社會信用代碼" })
            Assert.DoesNotContain(mainland, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_taiwan_edition_uses_taiwan_words()
    {
        var text = Text(Example("zh-Hant"), "zh-Hant");
        foreach (var mainland in new[] { "信息", "質量", "數據", "計劃", "反饋", "營銷", "知識產權", "郵箱", "跟蹤", "視頻", "渠道", "賬號", "合同", "支持", "學時", "台北" })
            Assert.DoesNotContain(mainland, text, StringComparison.Ordinal);
        foreach (var taiwan in new[] { "資訊", "品質", "透過", "支援", "資料", "計畫", "回饋", "行銷", "追蹤", "電子信箱", "契約" })
            Assert.Contains(taiwan, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans", "arbitration", "上海市浦东新区劳动人事争议仲裁委员会")]
    [InlineData("zh-Hans", "litigation", "上海市浦东新区人民法院")]
    [InlineData("zh-Hant", "arbitration", "中華民國仲裁協會")]
    [InlineData("zh-Hant", "litigation", "臺灣臺北地方法院")]
    public void One_dispute_route_is_named_and_no_clause_offers_the_other(string locale, string method, string venue)
    {
        var json = Example(locale);
        json["dispute"]!["method"] = method;
        json["dispute"]!["venue"] = venue;
        var agreement = Assemble(json, locale);
        var text = Text(agreement);

        var disputes = agreement.Chapters.Single(c => c.Key == "disputes");
        var route = ((Paragraph)disputes.Clauses[0].Content[0]).Text;
        Assert.Contains(venue, route, StringComparison.Ordinal);
        // 或裁或审: never arbitration "or" a lawsuit as alternatives.
        foreach (var either in new[] { "仲裁或者提起诉讼", "仲裁或者诉讼", "仲裁或訴訟", "仲裁或提起訴訟" })
            Assert.DoesNotContain(either, text, StringComparison.Ordinal);
        if (locale == "zh-Hant")
        {
            // Taiwan: arbitration is final, or the court decides; the other forum is never mentioned.
            Assert.DoesNotContain(method == "arbitration" ? "法院" : "仲裁", text, StringComparison.Ordinal);
        }
        else
        {
            // PRC: a labour dispute goes to the labour arbitration commission first, by law, and to court
            // only against its award; the parameter names which of the two the agreement names.
            Assert.Contains("仲裁裁决不服的", route, StringComparison.Ordinal);
            Assert.Contains(method == "arbitration" ? "向人民法院提起诉讼" : "向有管辖权的劳动人事争议仲裁委员会申请仲裁", route, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zh-Hans", 2, "本协议一式两份，甲乙双方各执一份，各份具有同等法律效力。")]
    [InlineData("zh-Hans", 3, "本协议一式三份，甲乙双方各执一份，其余一份由甲方存档，各份具有同等法律效力。")]
    [InlineData("zh-Hans", 4, "本协议一式四份，甲乙双方各执一份，其余两份由甲方存档，各份具有同等法律效力。")]
    [InlineData("zh-Hant", 2, "本協議一式兩份，甲乙雙方各執一份，各份具有同等法律效力。")]
    public void Copies_give_each_of_the_two_parties_one(string locale, int copies, string sentence)
    {
        var json = Example(locale);
        json["contract"]!["copies"] = copies;
        var text = Text(json, locale);
        Assert.Contains(sentence, text, StringComparison.Ordinal);
        Assert.DoesNotContain("各方", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_asks_for_at_least_one_original_per_signing_party_and_defaults_to_that()
    {
        var parties = Assemble(Example("zh-Hans"), "zh-Hans").Parties.Count;
        var copies = JObject.Parse(ExampleCases.Engine.GetPack(Pack).SchemaJson).SelectToken("properties.contract.properties.copies")!;
        Assert.Equal(2, parties);
        Assert.Equal(parties, (int)copies["minimum"]!);
        Assert.Equal(parties, (int)copies["default"]!);
    }

    [Theory]
    [InlineData("zh-Hans", "协议编号：LC-CRM-2025-0086", "（以下无正文）")]
    [InlineData("zh-Hant", "協議編號：HY-CRM-2025-0032", "（以下無正文）")]
    public void The_cover_and_body_name_the_document_alike_and_nothing_binding_follows_the_signatures(string locale, string numberLine, string noFurtherText)
    {
        var agreement = Assemble(Example(locale), locale);
        var lines = Text(agreement).Split('\n');

        Assert.Equal(numberLine, lines[1]);
        Assert.Equal(2, lines.Count(l => l == numberLine));
        // The last binding line says so, and the signature block closes the document.
        Assert.IsType<SignatureBlock>(agreement.Sections[^1]);
        var lastClause = agreement.Chapters.Last().Clauses[^1];
        Assert.Equal(noFurtherText, ((Paragraph)lastClause.Content[^1]).Text);
    }

    [Theory]
    [InlineData("zh-Hans", "“考核办法”，是指第14.2条第（2）项所列的《澜川智能销售人员绩效考核办法》。", "（2）《澜川智能销售人员绩效考核办法》。")]
    [InlineData("zh-Hant", "「考核辦法」，是指第14.2條第（2）項所列的《瀚宇晨光業務人員績效考核辦法》。", "（2）《瀚宇晨光業務人員績效考核辦法》。")]
    public void The_annexed_rules_are_named_in_the_body_by_their_computed_item(string locale, string definition, string item)
    {
        var text = Text(Example(locale), locale);
        Assert.Contains("（6）" + definition, text, StringComparison.Ordinal);
        Assert.Contains("\n" + item + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_schema_field_has_a_chinese_title_and_a_description()
    {
        var schema = JObject.Parse(ExampleCases.Engine.GetPack(Pack).SchemaJson);
        var fields = schema.Descendants().OfType<JProperty>().Where(p => p.Parent?.Parent is JProperty { Name: "properties" }).ToList();
        Assert.True(fields.Count > 50);
        foreach (var field in fields)
        {
            var title = (string?)field.Value["title"];
            Assert.False(string.IsNullOrWhiteSpace(title), $"{field.Path} has no title");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", title);
            Assert.False(string.IsNullOrWhiteSpace((string?)field.Value["description"]), $"{field.Path} has no description");
        }
    }
}
