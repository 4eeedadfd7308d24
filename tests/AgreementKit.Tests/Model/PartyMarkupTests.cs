using AgreementKit.Diagnostics;
using AgreementKit.Markup;
using AgreementKit.Model;

namespace AgreementKit.Tests.Model;

/// <summary>The <c>@party</c> line: what kind of party signs, who signs for an organisation, how a person is identified.</summary>
public sealed class PartyMarkupTests
{
    private const char S = LiteralMarks.Start;
    private const char E = LiteralMarks.End;

    private static (Agreement? Agreement, IReadOnlyList<Diagnostic> Errors) Assemble(params string[] parties)
    {
        var markup = "@title 协议\n" + string.Join("\n", parties) + "\n## 定义\n### 合同定义\n正文\n@signatures\n";
        var (agreement, diagnostics) = AgreementAssembler.Assemble(markup, "t.scriban", "zh-Hans");
        return (agreement, diagnostics.Where(d => d.IsError).ToList());
    }

    private static Party Single(string line)
    {
        var (agreement, errors) = Assemble(line);
        Assert.True(agreement is not null, string.Join("\n", errors));
        return Assert.Single(agreement!.Parties);
    }

    [Fact]
    public void An_organisation_lists_who_may_sign_for_it()
    {
        var party = Single($"@party company | 甲方 | {S}上海澜川智能装备有限公司{E} | organization | 法定代表人：{S}周秉文{E} | 授权代表：{S}沈佳怡{E}");
        Assert.Equal(("company", "甲方", "上海澜川智能装备有限公司", PartyKind.Organization), (party.Key, party.Role, party.Name, party.Kind));
        Assert.Equal([new PartyDetail("法定代表人", "周秉文"), new PartyDetail("授权代表", "沈佳怡")], party.Representatives);
        Assert.Empty(party.Identifiers);
    }

    [Fact]
    public void A_natural_person_is_identified_and_has_no_representatives()
    {
        var party = Single($"@party salesperson | 乙方 | {S}陈思远{E} | person | 居民身份证号码：{S}310112199003156213{E} | 员工编号:{S}LC-S-0117{E}");
        Assert.Equal(PartyKind.Person, party.Kind);
        Assert.Equal([new PartyDetail("居民身份证号码", "310112199003156213"), new PartyDetail("员工编号", "LC-S-0117")], party.Identifiers);
        Assert.Empty(party.Representatives);
    }

    [Fact]
    public void A_colon_or_bar_inside_a_value_is_the_value_s_own()
    {
        var party = Single($"@party agent | 乙方 | {S}A|B{E} | person | 证件号码：{S}X：1|2{E}");
        Assert.Equal("A|B", party.Name);
        Assert.Equal([new PartyDetail("证件号码", "X：1|2")], party.Identifiers);
    }

    [Fact]
    public void The_older_forms_still_mean_what_they_printed()
    {
        // Three parts: a person with no identification line; five: an organisation signing through a representative.
        var (agreement, errors) = Assemble("@party company | 甲方 | 某公司 | 法定代表人 | 张三", "@party rep | 乙方 | 李四");
        Assert.Empty(errors);
        Assert.Equal(PartyKind.Organization, agreement!.Parties[0].Kind);
        Assert.Equal([new PartyDetail("法定代表人", "张三")], agreement.Parties[0].Representatives);
        Assert.Equal(PartyKind.Person, agreement.Parties[1].Kind);
        Assert.Empty(agreement.Parties[1].Identifiers);
    }

    [Theory]
    [InlineData("@party company | 甲方 | 某公司 | company | 法定代表人：张三", "'organization' or 'person'")]
    [InlineData("@party company | 甲方 | 某公司 | organization | 法定代表人 张三", "expected 'label：value'")]
    [InlineData("@party company | 甲方 | 某公司 | organization | 法定代表人：", "expected 'label：value'")]
    [InlineData("@party staff | 乙方 | 李四 | person | ：123", "expected 'label：value'")]
    [InlineData("@party sig.company | 甲方 | 某公司 | organization", "must start with an ASCII letter")]
    [InlineData("@party 甲方 | 甲方 | 某公司", "must start with an ASCII letter")]
    [InlineData("@party company | 甲方", "needs 'key | role | name'")]
    [InlineData("@party company |  | 某公司", "needs 'key | role | name'")]
    public void A_bad_party_line_is_reported_at_its_template_line(string line, string message)
    {
        var (agreement, errors) = Assemble("@party first | 丙方 | 某人", line);
        Assert.Null(agreement);
        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.BadParty, error.Code);
        Assert.Equal(("t.scriban", 3), (error.Location.File, error.Location.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_parameter_value_is_named_in_the_error()
    {
        var (_, errors) = Assemble($"@party staff | 乙方 | 李四 | person | 员工编号：{S}{E}");
        Assert.Contains("part 5 '员工编号：'", Assert.Single(errors).Message, StringComparison.Ordinal);
    }
}
