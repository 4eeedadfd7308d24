using AgreementKit.Markup;
using AgreementKit.Templates.Sandbox;
using AgreementKit.Diagnostics;
using AgreementKit.Model;
using AgreementKit.Model.Parsing;
using AgreementKit.Writers.Text;

namespace AgreementKit.Tests.Model;

public sealed class AgreementAssemblerTests
{
    private const char S = LiteralMarks.Start;
    private const char E = LiteralMarks.End;

    private static Agreement Assemble(string markup, string locale = "zh-Hans", DocumentFacts? facts = null)
    {
        var (agreement, diagnostics) = AgreementAssembler.Assemble(markup, "t.scriban", locale, facts);
        Assert.True(agreement is not null, string.Join("\n", diagnostics));
        return agreement!;
    }

    private static IReadOnlyList<Diagnostic> Errors(string markup) =>
        AgreementAssembler.Assemble(markup, "t.scriban", "zh-Hans").Diagnostics.Where(d => d.IsError).ToList();

    private static string Text(Agreement agreement)
    {
        var w = new StringWriter();
        PlainTextWriter.Write(agreement, w);
        return w.ToString();
    }

    [Fact]
    public void Chapters_clauses_and_items_are_numbered_from_the_structure()
    {
        var a = Assemble("""
            @title 协议
            ## 定义 {#defs}
            ### 合同定义
            正文。
            - 第一项
            - 第二项
            ### 术语
            见@ref(goals)。
            ## 目标 {#goals}
            ### 满意度 {#sat}
            不低于90%，见第@ref(sat)条。
            """);
        var chapters = a.Chapters.ToList();
        Assert.Equal(["第一章 定义", "第二章 目标"], chapters.Select(c => c.Heading));
        Assert.Equal(["1.1 合同定义", "1.2 术语"], chapters[0].Clauses.Select(c => c.Heading));
        Assert.Equal(["（1）", "（2）"], chapters[0].Clauses[0].Content.OfType<Item>().Select(i => i.Label));
        Assert.Equal("见第二章。", ((Paragraph)chapters[0].Clauses[1].Content[0]).Text);
        Assert.Equal("不低于90%，见第2.1条。", ((Paragraph)chapters[1].Clauses[0].Content[0]).Text);
    }

    [Fact]
    public void A_clause_left_out_leaves_no_gap_and_references_follow()
    {
        var a = Assemble("""
            @title 协议
            ## 甲
            ### 一
            x
            ### 三 {#three}
            见@ref(three)。
            """);
        Assert.Equal(["1.1 一", "1.2 三"], a.Chapters.Single().Clauses.Select(c => c.Heading));
        Assert.Equal("见1.2。", ((Paragraph)a.Chapters.Single().Clauses[1].Content[0]).Text);
    }

    [Fact]
    public void Literal_values_are_never_read_as_markup()
    {
        var a = Assemble($$$"""
            @title {{{S}}}## 标题 @ref(x){{{E}}}
            @party company | 甲方 | {{{S}}}A | B{{{E}}}
            ## 章
            {{{S}}}## 不是章节{{{E}}}
            {{{S}}}- 不是条目 @ref(nothing) {{ 1+1 }}{{{E}}}
            ### 条 {{{S}}}{#k}{{{E}}}
            {{{S}}}@annex 不是附件{{{E}}}
            """);
        Assert.Equal("## 标题 @ref(x)", a.Title);
        Assert.Equal("A | B", a.Parties.Single().Name);
        var chapter = a.Chapters.Single();
        Assert.Equal(["## 不是章节", "- 不是条目 @ref(nothing) {{ 1+1 }}"], chapter.Introduction.OfType<Paragraph>().Select(p => p.Text));
        Assert.Equal("条 {#k}", chapter.Clauses.Single().Title);
        Assert.Null(chapter.Clauses.Single().Key);
    }

    [Fact]
    public void Supplementary_clauses_annexes_and_glossary_are_numbered_in_their_own_series()
    {
        var a = Assemble("""
            @title 合約
            ## 章
            ### 條
            x
            @signatures
            @supplementary 附加條款
            ### 特殊條款 {#s1}
            y
            ### 激勵 {#s2}
            見@ref(s1)。
            @annex 附件列表 {#att}
            - 合同協議書
            @annex 法律名詞及解釋
            @term 合同履行 | 雙方履行義務。
            """, "zh-Hant");
        var part = a.Sections.OfType<SupplementaryPart>().Single();
        Assert.Equal(["附加條款1 特殊條款", "附加條款2 激勵"], part.Clauses.Select(c => c.Heading));
        Assert.Equal("見附加條款1。", ((Paragraph)part.Clauses[1].Content[0]).Text);
        Assert.Equal(["一、附件列表", "二、法律名詞及解釋"], a.Sections.OfType<Annex>().Select(x => x.Heading));
        var term = (GlossaryEntry)a.Sections.OfType<Annex>().Last().Content.Single();
        Assert.Equal(("合同履行", "雙方履行義務。"), (term.Term, term.Definition));
        Assert.IsType<SignatureBlock>(a.Sections[1]);
    }

    [Fact]
    public void Article_style_numbers_chapters_as_articles_in_each_script()
    {
        Assert.Equal("第十四条", Assemble("@title t\n@meta chapterStyle article\n" + string.Concat(Enumerable.Range(1, 14).Select(i => $"## c{i}\nx\n"))).Chapters.Last().Label);
        Assert.Equal("第二十條", Assemble("@title t\n@meta chapterStyle article\n" + string.Concat(Enumerable.Range(1, 20).Select(i => $"## c{i}\nx\n")), "zh-Hant").Chapters.Last().Label);
    }

    [Fact]
    public void Structural_errors_are_all_reported_with_their_lines()
    {
        var errors = Errors("""
            ## 章 {#a}
            ### 空条款
            ## 章二 {#a}
            ### 条
            见@ref(missing)。
            @bogus x
            @meta signDate 2025-02-30
            """);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.EmptySection && e.Location.Line == 2);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.DuplicateKeyInMarkup && e.Location.Line == 3);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.DanglingReference && e.Location.Line == 5 && e.Location.Column == 2);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.UnknownDirective && e.Location.Line == 6);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.BadMeta && e.Location.Line == 7);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.NoTitle);
    }

    [Fact]
    public void Plain_text_lists_contents_and_signature_block()
    {
        var text = Text(Assemble("""
            @title 协议
            @party company | 甲方 | 某公司 | 法定代表人 | 张三
            @party rep | 乙方 | 李四
            ## 定义
            ### 合同定义
            正文
            @signatures
            """, facts: new DocumentFacts("HT-1", null, new DateOnly(2025, 1, 1))));
        Assert.Contains("协议编号：HT-1\n甲方：某公司\n乙方：李四\n", text);
        Assert.Contains("目录\n第一章 定义\n", text);
        // The older five-part @party line is an organisation signing through that representative.
        Assert.Contains("甲方：某公司\n盖章：\n法定代表人：张三\n签字：\n日期：2025年1月1日\n乙方：李四\n签字：\n日期：2025年1月1日\n", text);
    }

    [Theory]
    [InlineData("zh-Hans", "销售人员客户关系管理责任协议", "协议编号")]
    [InlineData("zh-Hans", "代理人客户忠诚度提升策略合同", "合同编号")]
    [InlineData("zh-Hans", "股权转让协议书", "协议编号")]
    [InlineData("zh-Hant", "勞動契約", "契約編號")]
    [InlineData("zh-Hant", "銷售人員客戶關係管理責任協議", "協議編號")]
    [InlineData("zh-Hans", "保密承诺", "合同编号")]
    public void The_cover_numbers_the_document_by_the_noun_of_its_title(string locale, string title, string label)
    {
        var text = Text(Assemble($"@title {title}\n## 章\n### 条\n正文\n", locale, new DocumentFacts("HT-1", null, null)));
        Assert.StartsWith($"{title}\n{label}：HT-1\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_republic_of_china_calendar_dates_the_cover_and_the_signature_block()
    {
        const string markup = """
            @title 勞動契約
            @meta calendar roc
            @party company | 甲方 | 某公司 | 代表人 | 林一
            ## 章
            ### 條
            正文
            @signatures
            """;
        var signed = new DocumentFacts(null, null, new DateOnly(2024, 12, 27));
        var text = Text(Assemble(markup, "zh-Hant", signed));
        Assert.Contains("簽訂日期：中華民國113年12月27日\n", text);
        Assert.Contains("日期：中華民國113年12月27日\n", text);
        Assert.Contains("日期：中華民國____年____月____日\n", Text(Assemble(markup, "zh-Hant")));
        Assert.Contains("日期：2024年12月27日\n", Text(Assemble(markup.Replace("roc", "gregorian", StringComparison.Ordinal), "zh-Hant", signed)));
    }

    [Theory]
    [InlineData("@meta calendar minguo", 2025, "@meta calendar is 'gregorian' or 'roc', got 'minguo'")]
    [InlineData("@meta calendar roc", 1911, "the Republic of China calendar starts in 1912")]
    public void A_calendar_that_cannot_be_written_is_a_located_error(string meta, int signYear, string message)
    {
        var (_, diagnostics) = AgreementAssembler.Assemble($"@title 協議\n{meta}\n## 章\n### 條\n正文\n", "t.scriban", "zh-Hant",
            new DocumentFacts(null, null, new DateOnly(signYear, 10, 10)));
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BadMeta, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_reference_to_a_list_item_gives_its_number_within_its_list()
    {
        var a = Assemble("""
            @title 协议
            ## 违约 {#breach}
            ### 认定
            下列行为属于违约：
            - 泄露客户信息 {#leak}
            - 私下收费 {#fees}
            ### 责任
            有第@ref(breach)第@ref(fees)项所列行为的，适用本条。
            @annex 附件列表 {#attachments}
            - 合同协议书
            - 代理人授权书 {#letter}
            附件@ref(letter)为代理人授权书。
            """);
        var clause = a.Chapters.Single().Clauses[1];
        Assert.Equal("有第第一章第2项所列行为的，适用本条。", ((Paragraph)clause.Content[0]).Text);
        var annex = a.Sections.OfType<Annex>().Single();
        Assert.Equal("附件2为代理人授权书。", ((Paragraph)annex.Content[2]).Text);
        // The key names the item but is not printed.
        Assert.Equal("私下收费", ((Item)a.Chapters.Single().Clauses[0].Content[2]).Text);
    }

    [Fact]
    public void A_reference_to_a_paragraph_is_an_error_that_says_it_has_no_number()
    {
        var errors = Errors("""
            @title 协议
            ## 章 {#c}
            ### 条
            正文。 {#para}
            见@ref(para)。
            """);
        var error = Assert.Single(errors);
        Assert.Equal(DiagnosticCodes.DanglingReference, error.Code);
        Assert.Contains("no number", error.Message);
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public void An_item_key_that_a_clause_also_uses_is_a_duplicate()
    {
        var errors = Errors("""
            @title 协议
            ## 章
            ### 条 {#same}
            - 项 {#same}
            """);
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.DuplicateKeyInMarkup && e.Location.Line == 4);
    }
}
