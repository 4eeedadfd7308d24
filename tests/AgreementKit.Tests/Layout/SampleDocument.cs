using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Tests.Layout;

/// <summary>
/// A generated multi-page document exercising every block: title, contents, chapter headings with
/// bookmarks, justified body text, hanging items, a table, a signature table kept together, header and
/// footer with page numbers. Text is picked by a seeded generator, so it is the same on every run.
/// </summary>
internal static class SampleDocument
{
    public const string Title = "客户关系管理责任协议";

    private static readonly TextStyle Body = new(FontRole.Regular, 12);
    private static readonly TextStyle Heading = new(FontRole.Bold, 16);
    private static readonly TextStyle ClauseHeading = new(FontRole.Bold, 12);
    private static readonly TextStyle Small = new(FontRole.Regular, 9, new LayoutColor(0x40, 0x40, 0x40));

    private static readonly string[] Phrases =
    [
        "甲方应当按照本协议的约定", "一方日金", "向乙方支付服务费用人民币1,000元", "服务费率为12.5%",
        "双方应当在24小时内书面通知对方", "“客户”是指与甲方建立业务关系的个人或单位", "（包括但不限于电话、邮件和面谈）",
        "乙方不得将客户信息用于本协议以外的目的", "本条所称CRM system是指客户关系管理系统", "如有争议……双方协商解决",
        "违约方应当赔偿守约方的全部损失——包括直接损失和间接损失", "《中华人民共和国民法典》", "每月至少沟通一次",
        "满意度不低于95%", "本协议自双方签字盖章之日起生效", "日常管理、方案制定、金额核对",
    ];

    private static readonly string[] Chapters = ["定义与解释", "双方基本信息", "客户关系管理职责", "客户信息管理", "客户投诉处理", "违约责任与赔偿"];

    public static LayoutDocument Create(bool pdfA = false, string? extraText = null)
    {
        var random = new Random(20250101);
        var blocks = new List<Block>
        {
            new Paragraph(Title, new TextStyle(FontRole.Bold, 22), new ParagraphStyle { Alignment = TextAlignment.Center, SpaceAfter = 24, EmSize = 22 }),
            new TableOfContents(Chapters.Select((c, i) => new TocEntry($"第{Numeral(i + 1)}章　{c}", 1, $"ch-{i + 1}"))
                .Concat([new TocEntry("附件一　签署页", 1, "signature")]).ToList(), Body),
            new PageBreak(),
        };
        for (var chapter = 1; chapter <= Chapters.Length; chapter++)
        {
            var title = $"第{Numeral(chapter)}章　{Chapters[chapter - 1]}";
            blocks.Add(new Paragraph(title, Heading, new ParagraphStyle { Alignment = TextAlignment.Left, EmSize = 16, SpaceBefore = 18, SpaceAfter = 6, KeepWithNext = true })
            {
                Anchor = $"ch-{chapter}",
                Outline = new OutlineEntry(title, 1),
            });
            for (var clause = 1; clause <= 3; clause++)
            {
                var clauseTitle = $"{chapter}.{clause}　{Chapters[chapter - 1][..2]}条款";
                blocks.Add(new Paragraph(clauseTitle, ClauseHeading, new ParagraphStyle { Alignment = TextAlignment.Left, SpaceBefore = 6, KeepWithNext = true })
                {
                    Outline = new OutlineEntry(clauseTitle, 2),
                });
                blocks.Add(new Paragraph(Sentence(random, 6 + random.Next(10)), Body, new ParagraphStyle { FirstLineIndentEm = 2, SpaceAfter = 3 }));
                if (clause == 2)
                    for (var item = 1; item <= 3; item++)
                        blocks.Add(new Paragraph(Sentence(random, 2 + random.Next(4)), Body, new ParagraphStyle { LeftIndentEm = 2, HangingIndentEm = 2.5f, SpaceAfter = 2 })
                        {
                            Label = [new TextRun($"（{item}）", Body)],
                        });
            }
            if (chapter == 3)
                blocks.Add(FeeTable());
        }
        if (extraText is not null)
            blocks.Add(new Paragraph(extraText, Body, new ParagraphStyle()));
        blocks.Add(new PageBreak());
        blocks.Add(new Paragraph("附件一　签署页", Heading, new ParagraphStyle { Alignment = TextAlignment.Center, KeepWithNext = true, SpaceAfter = 12 })
        {
            Anchor = "signature",
            Outline = new OutlineEntry("附件一　签署页", 1),
        });
        blocks.Add(SignatureTable());

        return new LayoutDocument(PageSetup.A4(), blocks)
        {
            Header = (_, _) => [new Paragraph(Title, Small, new ParagraphStyle { Alignment = TextAlignment.Right, EmSize = 9, LineHeight = 1.2f })],
            Footer = (page, total) => [new Paragraph($"第 {page} 页 共 {total} 页", Small, new ParagraphStyle { Alignment = TextAlignment.Center, EmSize = 9, LineHeight = 1.2f })],
            Metadata = new DocumentMetadata
            {
                Title = Title,
                Subject = "销售人员客户关系管理",
                Author = "上海示例科技有限公司",
                Keywords = "协议, 客户关系",
                Creator = "AgreementKit",
                Producer = "AgreementKit",
                Created = new DateTimeOffset(2025, 1, 1, 9, 30, 0, TimeSpan.FromHours(8)),
                Modified = new DateTimeOffset(2025, 1, 2, 10, 0, 0, TimeSpan.FromHours(8)),
                PdfA = pdfA,
            },
        };
    }

    private static string Sentence(Random random, int phrases) =>
        string.Join("，", Enumerable.Range(0, phrases).Select(_ => Phrases[random.Next(Phrases.Length)])) + "。";

    private static Table FeeTable()
    {
        var cellStyle = new ParagraphStyle { Alignment = TextAlignment.Left, LineHeight = 1.3f };
        TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(c, Body, cellStyle))).ToList());
        return new Table([0.2f, 0.5f, 0.3f],
        [
            Row("项目", "说明", "金额"),
            Row("服务费", "按月支付，每月5日前", "人民币1,000元"),
            Row("奖励", "满意度不低于95%时发放", "12.5%"),
        ])
        { SpaceBefore = 6, SpaceAfter = 6 };
    }

    private static Table SignatureTable()
    {
        var cellStyle = new ParagraphStyle { Alignment = TextAlignment.Left, LineHeight = 2f };
        TableCell Cell(string party) => new([
            new Paragraph(party, ClauseHeading, cellStyle),
            new Paragraph("法定代表人或授权代表（签字）：", Body, cellStyle),
            new Paragraph("盖章：", Body, cellStyle),
            new Paragraph("日期：2025年1月1日", Body, cellStyle),
        ]);
        return new Table([0.5f, 0.5f], [new TableRow([Cell("甲方：上海示例科技有限公司"), Cell("乙方：张三")])])
        {
            BorderWidth = 0,
            KeepTogether = true,
        };
    }

    private static string Numeral(int n) => n switch
    {
        < 10 => "〇一二三四五六七八九"[n].ToString(),
        _ => "十" + (n % 10 == 0 ? "" : "〇一二三四五六七八九"[n % 10].ToString()),
    };
}
