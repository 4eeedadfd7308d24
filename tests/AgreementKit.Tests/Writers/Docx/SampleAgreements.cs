using AgreementKit.Markup;
using System.Text;
using AgreementKit.Model;
using AgreementKit.Templates.Sandbox;

namespace AgreementKit.Tests.Writers.Docx;

/// <summary>Agreements built the way the product builds them: markup through the assembler.</summary>
internal static class SampleAgreements
{
    /// <summary>Text a value may hold that XML, the markup and Scriban all treat specially, plus astral characters.</summary>
    public const string Special = "A&B <公司> \"x\" {{ 1+1 }} 𠀀 😀";

    public static readonly string[] ChapterTitles =
    [
        "定义与解释", "合作内容", "客户档案", "拜访计划", "服务标准", "投诉处理", "保密义务",
        "考核指标", "费用结算", "违约责任", "合同期限", "争议解决", "通知送达", "其他约定",
    ];

    /// <summary>14 chapters with clauses and items, a supplementary part, two annexes (one a glossary), three parties.</summary>
    public static Agreement Full(string locale = "zh-Hans", string signatureTitle = "各方签署", bool signDate = true)
    {
        var s = LiteralMarks.Start;
        var e = LiteralMarks.End;
        var m = new StringBuilder();
        m.AppendLine(locale == "zh-Hant" ? "@title 銷售人員客戶關係管理責任協議" : "@title 销售人员客户关系管理责任协议");
        m.AppendLine("@meta subject 客户关系管理");
        m.AppendLine("@meta keywords 协议；客户；责任");
        m.AppendLine("@party company | 甲方 | 上海某某科技有限公司 | organization | 法定代表人：张三");
        m.AppendLine("@party staff | 乙方 | 李四 | person | 员工编号：S-007");
        m.AppendLine($"@party agent | 第三方中介 | {s}{Special}{e} | organization | 负责人：王五");
        m.AppendLine("为明确双方在客户关系管理中的责任，经各方平等协商，订立本协议。");
        for (var c = 0; c < ChapterTitles.Length; c++)
        {
            m.AppendLine($"## {ChapterTitles[c]} {{#ch{c + 1}}}");
            if (c == 1) m.AppendLine("本章约定合作的范围。");
            for (var k = 1; k <= 3; k++)
            {
                m.AppendLine($"### 第{c + 1}章第{k}条标题 {{#c{c + 1}_{k}}}");
                m.AppendLine($"乙方应当按照本协议第@ref(ch{(c + 1) % 14 + 1})的约定履行义务，并在每个自然月结束后五个工作日内向甲方提交书面报告，报告内容包括客户拜访记录、客户需求变化以及投诉处理情况。");
                if (k == 2)
                    for (var i = 1; i <= (c == 0 ? 11 : 3); i++)
                        m.AppendLine($"- 建立和维护客户档案第{i}项，确保信息真实、准确、完整。");
            }
        }

        m.AppendLine(signatureTitle.Length == 0 ? "@signatures" : $"@signatures {signatureTitle}");
        m.AppendLine("@supplementary 附加条款");
        m.AppendLine("### 特殊条款 {#s1}");
        m.AppendLine($"{s}{Special}{e}");
        m.AppendLine("### 激励 {#s2}");
        m.AppendLine("见@ref(s1)。");
        m.AppendLine("@pagebreak");
        m.AppendLine("@annex 附件列表 {#att}");
        m.AppendLine("- 合同协议书");
        m.AppendLine("- 客户档案表");
        m.AppendLine("@annex 法律名词及解释");
        m.AppendLine("@term 合同履行 | 双方按约定履行各自的权利和义务。");
        m.AppendLine("@term 不可抗力 | 不能预见、不能避免且不能克服的客观情况。");
        return Assemble(m.ToString(), locale, new DocumentFacts("HT-2025-0001", "上海市浦东新区", signDate ? new DateOnly(2025, 1, 1) : null));
    }

    public static Agreement Assemble(string markup, string locale = "zh-Hans", DocumentFacts? facts = null)
    {
        var (agreement, diagnostics) = AgreementAssembler.Assemble(markup, "sample.scriban", locale, facts);
        Assert.True(agreement is not null, string.Join("\n", diagnostics));
        return agreement!;
    }
}
