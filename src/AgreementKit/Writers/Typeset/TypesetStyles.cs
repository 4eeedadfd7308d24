using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using H = AgreementKit.Writers.HouseStyle;

namespace AgreementKit.Writers.Typeset;

/// <summary>
/// The house style (<see cref="HouseStyle"/>) as the layout engine's text and paragraph styles, for the PDF
/// and for the DOCX contents' page numbers: serif body
/// with a 2-em first-line indent, justified; sans bold headings that keep with what follows. Immutable, shared.
/// </summary>
internal static class TypesetStyles
{
    public static readonly TextStyle Body = new(FontRole.Regular, H.BodySize);
    public static readonly TextStyle Bold = new(FontRole.Bold, H.ClauseHeadingSize);
    public static readonly TextStyle Title = new(FontRole.Bold, H.TitleSize);
    public static readonly TextStyle ChapterHeading = new(FontRole.Bold, H.ChapterHeadingSize);
    public static readonly TextStyle PageDecoration = new(FontRole.Regular, H.DecorationSize, new LayoutColor(H.DecorationGray, H.DecorationGray, H.DecorationGray));

    public static readonly ParagraphStyle BodyParagraph = new() { FirstLineIndentEm = H.FirstLineIndent, SpaceAfter = H.ParagraphAfter, EmSize = H.BodySize, LineHeight = H.LineHeight };

    public static readonly ParagraphStyle ItemParagraph = new() { LeftIndentEm = H.ItemIndent, HangingIndentEm = H.ItemLabelWidth, SpaceAfter = H.ItemAfter, EmSize = H.BodySize, LineHeight = H.LineHeight };

    public static readonly ParagraphStyle CoverTitle = new() { Alignment = TextAlignment.Center, SpaceBefore = H.CoverTitleBefore, SpaceAfter = H.CoverTitleAfter, EmSize = H.TitleSize, LineHeight = H.LineHeight };

    public static readonly ParagraphStyle CoverLine = new() { Alignment = TextAlignment.Left, LeftIndentEm = H.CoverIndent, LineHeight = H.SignatureLineHeight, EmSize = H.BodySize, WidowControl = false };

    public static readonly ParagraphStyle ContentsHeading = new() { Alignment = TextAlignment.Center, SpaceAfter = H.ContentsHeadingAfter, EmSize = H.ChapterHeadingSize, LineHeight = H.LineHeight, KeepWithNext = true };

    public static readonly ParagraphStyle SectionHeading = new() { Alignment = TextAlignment.Center, SpaceBefore = H.ChapterBefore, SpaceAfter = H.ChapterAfter, EmSize = H.ChapterHeadingSize, LineHeight = H.LineHeight, KeepWithNext = true };

    public static readonly ParagraphStyle ClauseHeading = new() { Alignment = TextAlignment.Left, SpaceBefore = H.ClauseBefore, SpaceAfter = H.ClauseAfter, EmSize = H.BodySize, LineHeight = H.LineHeight, KeepWithNext = true };

    public static readonly ParagraphStyle SignatureLine = new() { Alignment = TextAlignment.Left, LineHeight = H.SignatureLineHeight, EmSize = H.BodySize, WidowControl = false };

    /// <summary>A party's name, a representative, an ID: kept on one line, the table set smaller before it breaks.</summary>
    public static readonly ParagraphStyle SignatureOneLine = SignatureLine with { PreferOneLine = true };

    /// <summary>A seal or signing line, with room above it to sign.</summary>
    public static readonly ParagraphStyle SignatureWriting = SignatureLine with { SpaceBefore = H.SigningRoom };

    /// <summary>The smaller sizes the signature table may be set in, as scales of the body size.</summary>
    public static readonly IReadOnlyList<float> SignatureShrinkScales = [.. H.SignatureShrinkSizes.Select(s => s / H.BodySize)];

    public static readonly ParagraphStyle Header = new() { Alignment = TextAlignment.Right, LineHeight = H.DecorationLineHeight, EmSize = H.DecorationSize };

    public static readonly ParagraphStyle Footer = new() { Alignment = TextAlignment.Center, LineHeight = H.DecorationLineHeight, EmSize = H.DecorationSize };

    /// <summary>The house page: A4 with the house margins and header/footer distances.</summary>
    public static PageSetup Page { get; } = new(H.PageWidth, H.PageHeight, H.MarginTop, H.MarginRight, H.MarginBottom, H.MarginLeft)
    {
        HeaderDistance = H.HeaderDistance,
        FooterDistance = H.FooterDistance,
    };
}
