using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using H = AgreementKit.Writers.HouseStyle;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// styles.xml: real paragraph styles rather than direct formatting, so a reader can restyle the whole
/// agreement in Word and so the navigation pane and a TOC update find the headings (outline levels).
/// </summary>
internal static class StylesWriter
{
    /// <summary>Where an item's label starts (ems from the margin) and how many ems the style leaves for it.</summary>
    public const int ItemIndentEms = (int)H.ItemIndent;

    public const int ItemLabelEms = (int)H.ItemLabelWidth;

    // One character of the body font, in twips; indents are also given in hundredths of a character
    // (firstLineChars and friends) which Word prefers, the twips are for consumers that ignore those.
    private static int Em(DocxOptions o) => (int)Math.Round(o.BodySize * 20);

    public static Styles Build(DocxOptions o, string locale)
    {
        var em = Em(o);
        var styles = new Styles(Defaults(o, locale));
        styles.Append(
            Paragraph(StyleIds.Normal, "Normal", null, isDefault: true,
                new StyleParagraphProperties
                {
                    WidowControl = new WidowControl(),
                    SpacingBetweenLines = Lines(o.BodySize, H.LineHeight),
                    Justification = new Justification { Val = JustificationValues.Both },
                }),
            Paragraph(StyleIds.Body, "Agreement Body", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    SpacingBetweenLines = Lines(o.BodySize, H.LineHeight, after: H.ParagraphAfter),
                    Indentation = new Indentation { FirstLine = Twips(H.FirstLineIndent * em), FirstLineChars = (int)(H.FirstLineIndent * 100) },
                }),
            Paragraph(StyleIds.Item, "Agreement Item", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    // （1） starts two characters in and the text after it sits on a tab stop three characters
                    // further, which is also where wrapped lines start (hanging indent).
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = (ItemIndentEms + ItemLabelEms) * em }),
                    SpacingBetweenLines = Lines(o.BodySize, H.LineHeight, after: H.ItemAfter),
                    Indentation = new Indentation
                    {
                        Left = ((ItemIndentEms + ItemLabelEms) * em).ToString(),
                        LeftChars = (ItemIndentEms + ItemLabelEms) * 100,
                        Hanging = (ItemLabelEms * em).ToString(),
                        HangingChars = ItemLabelEms * 100,
                    },
                }),
            Paragraph(StyleIds.Title, "Title", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Lines(o.TitleSize, H.LineHeight, before: H.CoverTitleBefore, after: H.CoverTitleAfter),
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                HeadingRun(o, o.TitleSize)),
            Paragraph(StyleIds.Heading1, "heading 1", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = Lines(o.Heading1Size, H.LineHeight, before: H.ChapterBefore, after: H.ChapterAfter),
                    Justification = new Justification { Val = JustificationValues.Center },
                    OutlineLevel = new OutlineLevel { Val = 0 },
                },
                HeadingRun(o, o.Heading1Size)),
            Paragraph(StyleIds.Heading2, "heading 2", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = Lines(o.Heading2Size, H.LineHeight, before: H.ClauseBefore, after: H.ClauseAfter),
                    Justification = new Justification { Val = JustificationValues.Left },
                    OutlineLevel = new OutlineLevel { Val = 1 },
                },
                HeadingRun(o, o.Heading2Size)),
            Paragraph(StyleIds.Cover, "Agreement Cover", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Lines(o.BodySize, H.SignatureLineHeight),
                    Indentation = new Indentation { Left = Twips(H.CoverIndent * em), LeftChars = (int)(H.CoverIndent * 100) },
                    Justification = new Justification { Val = JustificationValues.Left },
                }),
            Paragraph(StyleIds.ContentsHeading, "TOC Heading", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Lines(o.Heading1Size, H.LineHeight, after: H.ContentsHeadingAfter),
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                HeadingRun(o, o.Heading1Size)),
            Contents(StyleIds.Contents1, "toc 1", 0),
            Contents(StyleIds.Contents2, "toc 2", 2 * em),
            Paragraph(StyleIds.SignatureTitle, "Agreement Signature Title", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = Lines(o.Heading1Size, H.LineHeight, before: H.ChapterBefore, after: H.ChapterAfter + H.SignatureBefore),
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                HeadingRun(o, o.Heading1Size)),
            Paragraph(StyleIds.SignatureCell, "Agreement Signature Cell", StyleIds.Normal, false,
                new StyleParagraphProperties
                {
                    // Every line of the table keeps with the next, so the block moves to a new page whole.
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    SpacingBetweenLines = Lines(o.BodySize, H.SignatureLineHeight),
                    Justification = new Justification { Val = JustificationValues.Left },
                }),
            HeaderFooter(StyleIds.Header, "header", o, border: true),
            HeaderFooter(StyleIds.Footer, "footer", o, border: false),
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = StyleIds.NormalTable, Default = true });
        return styles;
    }

    private static DocDefaults Defaults(DocxOptions o, string locale) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = o.LatinFont, HighAnsi = o.LatinFont, EastAsia = o.BodyFont, ComplexScript = o.LatinFont },
            FontSize = new FontSize { Val = DocxOptions.HalfPoints(o.BodySize) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = DocxOptions.HalfPoints(o.BodySize) },
            Languages = new Languages { Val = "en-US", EastAsia = EastAsianLanguage(locale), Bidi = "ar-SA" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            WidowControl = new WidowControl(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
        }));

    /// <summary>zh-Hant agreements are Taiwan editions (新臺幣, 民國 dates); Word picks fonts and proofing by this.</summary>
    public static string EastAsianLanguage(string locale) => locale == "zh-Hant" ? "zh-TW" : "zh-CN";

    /// <summary>
    /// The house style's exact line height (a multiple of the font size) and spacing in points, as Word
    /// stores them: exact heights, not "1.5 lines", so Word and the PDF put the same lines on a page.
    /// </summary>
    private static SpacingBetweenLines Lines(double size, float multiple, float before = 0, float after = 0) => new()
    {
        Before = Twips(before * 20),
        After = Twips(after * 20),
        Line = Twips(size * multiple * 20),
        LineRule = LineSpacingRuleValues.Exact,
    };

    private static string Twips(double twips) => ((int)Math.Round(twips)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StyleRunProperties HeadingRun(DocxOptions o, double size) => new()
    {
        RunFonts = new RunFonts { Ascii = o.LatinFont, HighAnsi = o.LatinFont, EastAsia = o.HeadingFont, ComplexScript = o.LatinFont },
        FontSize = new FontSize { Val = DocxOptions.HalfPoints(size) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = DocxOptions.HalfPoints(size) },
    };

    private static Style Contents(string id, string name, int indent) => Paragraph(id, name, StyleIds.Normal, false,
        new StyleParagraphProperties
        {
            // Page numbers sit on the right margin after a dot leader.
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = PageLayout.TextWidth }),
            Indentation = new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Justification = new Justification { Val = JustificationValues.Left },
        });

    private static Style HeaderFooter(string id, string name, DocxOptions o, bool border)
    {
        var paragraph = new StyleParagraphProperties
        {
            Tabs = new Tabs(
                new TabStop { Val = TabStopValues.Center, Position = PageLayout.TextWidth / 2 },
                new TabStop { Val = TabStopValues.Right, Position = PageLayout.TextWidth }),
            SpacingBetweenLines = Lines(o.HeaderFooterSize, H.DecorationLineHeight),
            Justification = new Justification { Val = JustificationValues.Center },
        };
        if (border)
            paragraph.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" });
        return Paragraph(id, name, StyleIds.Normal, false, paragraph,
            new StyleRunProperties
            {
                FontSize = new FontSize { Val = DocxOptions.HalfPoints(o.HeaderFooterSize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = DocxOptions.HalfPoints(o.HeaderFooterSize) },
            });
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null) style.BasedOn = new BasedOn { Val = basedOn };
        style.NextParagraphStyle = new NextParagraphStyle { Val = id is StyleIds.Heading1 or StyleIds.Heading2 ? StyleIds.Body : id };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = paragraph;
        if (run is not null) style.StyleRunProperties = run;
        return style;
    }
}
