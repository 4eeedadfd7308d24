using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// How an agreement looks in PDF: 12 pt serif body with 2-em first-line indent, justified, 1.5 lines;
/// sans bold headings that keep with what follows (chinese-layout.md, "Page"). Immutable, shared.
/// </summary>
internal static class AgreementPdfStyles
{
    public const float BodySize = 12f;

    public static readonly TextStyle Body = new(FontRole.Regular, BodySize);
    public static readonly TextStyle Bold = new(FontRole.Bold, BodySize);
    public static readonly TextStyle Title = new(FontRole.Bold, 22f);
    public static readonly TextStyle ChapterHeading = new(FontRole.Bold, 15f);
    public static readonly TextStyle PageDecoration = new(FontRole.Regular, 9f, new LayoutColor(0x40, 0x40, 0x40));

    public static readonly ParagraphStyle BodyParagraph = new() { FirstLineIndentEm = 2, SpaceAfter = 3, EmSize = BodySize };

    public static readonly ParagraphStyle ItemParagraph = new() { LeftIndentEm = 2, HangingIndentEm = 2.5f, SpaceAfter = 2, EmSize = BodySize };

    public static readonly ParagraphStyle CoverTitle = new() { Alignment = TextAlignment.Center, SpaceBefore = 160, SpaceAfter = 60, EmSize = 22 };

    public static readonly ParagraphStyle CoverLine = new() { Alignment = TextAlignment.Left, LeftIndentEm = 6, LineHeight = 2, EmSize = BodySize, WidowControl = false };

    public static readonly ParagraphStyle ContentsHeading = new() { Alignment = TextAlignment.Center, SpaceAfter = 18, EmSize = 15, KeepWithNext = true };

    public static readonly ParagraphStyle SectionHeading = new() { Alignment = TextAlignment.Center, SpaceBefore = 18, SpaceAfter = 9, EmSize = 15, KeepWithNext = true };

    public static readonly ParagraphStyle ClauseHeading = new() { Alignment = TextAlignment.Left, SpaceBefore = 6, SpaceAfter = 2, EmSize = BodySize, KeepWithNext = true };

    public static readonly ParagraphStyle SignatureLine = new() { Alignment = TextAlignment.Left, LineHeight = 2, EmSize = BodySize, WidowControl = false };

    public static readonly ParagraphStyle Header = new() { Alignment = TextAlignment.Right, LineHeight = 1.2f, EmSize = 9 };

    public static readonly ParagraphStyle Footer = new() { Alignment = TextAlignment.Center, LineHeight = 1.2f, EmSize = 9 };
}
