namespace AgreementKit.Writers;

/// <summary>
/// How an AgreementKit agreement looks, defined once and read by the DOCX, PDF and HTML writers, so a
/// printed page of each has the same type area, sizes and spacing (chinese-layout.md, "Page"): A4 with the
/// margins Chinese Word uses by default, body 小四 (12 pt) serif at 1.5 lines, chapter headings 三号 (16 pt)
/// sans bold, clause headings 小四 sans bold, header and footer 小五 (9 pt). Lengths are in points unless the
/// name says otherwise; indents are in ems of the body size.
/// </summary>
internal static class HouseStyle
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    // Page: A4 portrait; 2.54 cm top and bottom, 3.175 cm (1.25 in) left and right.
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float MarginTop = 72f;
    public const float MarginBottom = 72f;
    public const float MarginLeft = 90f;
    public const float MarginRight = 90f;

    /// <summary>From the top edge to the header, and from the bottom edge to the footer's last line.</summary>
    public const float HeaderDistance = 15 * PointsPerMillimetre;

    public const float FooterDistance = 15 * PointsPerMillimetre;

    public const float BodyWidth = PageWidth - MarginLeft - MarginRight;

    public const float BodyHeight = PageHeight - MarginTop - MarginBottom;

    // Sizes.
    public const float BodySize = 12f;
    public const float TitleSize = 22f;
    public const float ChapterHeadingSize = 16f;
    public const float ClauseHeadingSize = 12f;
    public const float DecorationSize = 9f;

    /// <summary>Line height as a multiple of the font size (an exact height, the same in every format).</summary>
    public const float LineHeight = 1.5f;

    /// <summary>The signature block's lines are double height: room to sign.</summary>
    public const float SignatureLineHeight = 2f;

    public const float DecorationLineHeight = 1.2f;

    /// <summary>Extra room above a seal or signing line, for a handwritten signature.</summary>
    public const float SigningRoom = 12f;

    /// <summary>The stroke of the seal and signing lines.</summary>
    public const float SigningRuleWidth = 0.75f;

    /// <summary>
    /// Lines of the text before the signature block that move to the next page with it when it does not fit
    /// where it falls, so the block never stands alone on a page.
    /// </summary>
    public const int SignatureKeepsLines = 2;

    /// <summary>The side of the area an organisation's seal is placed on (a company seal is about 40 mm across).</summary>
    public const float SealSize = 40 * PointsPerMillimetre;

    /// <summary>
    /// Font sizes the signature table steps down to, one after the other, before an organisation's name is
    /// broken across lines: 五号 (10.5 pt), then 小五 (9 pt).
    /// </summary>
    public static readonly IReadOnlyList<float> SignatureShrinkSizes = [10.5f, 9f];

    // Indents, in ems of the body size.
    public const float FirstLineIndent = 2f;
    public const float ItemIndent = 2f;

    /// <summary>The room an item's label （1） has before its text; （10） and longer labels widen it.</summary>
    public const float ItemLabelWidth = 3f;

    public const float CoverIndent = 6f;

    // Spacing.
    public const float ParagraphAfter = 3f;
    public const float ItemAfter = 2f;
    public const float ChapterBefore = 18f;
    public const float ChapterAfter = 9f;
    public const float ClauseBefore = 6f;
    public const float ClauseAfter = 2f;
    public const float CoverTitleBefore = 160f;
    public const float CoverTitleAfter = 60f;
    public const float ContentsHeadingAfter = 18f;
    public const float SignatureBefore = 12f;

    /// <summary>Gray of the header and footer text (0–255 per channel).</summary>
    public const byte DecorationGray = 0x40;
}
