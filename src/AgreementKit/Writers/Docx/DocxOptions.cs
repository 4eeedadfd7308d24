namespace AgreementKit.Writers.Docx;

/// <summary>
/// Fonts, sizes and contents depth of a DOCX. The defaults are the usual Chinese contract layout:
/// body 宋体 小四 (12 pt), headings 黑体 (二号 title, 三号 chapters, 四号 clauses), Latin text in
/// Times New Roman. Nothing is taken from the machine.
/// </summary>
internal sealed record DocxOptions
{
    public static DocxOptions Default { get; } = new();

    /// <summary>East Asian font of the body text (宋体 is SimSun's name in a Chinese Word).</summary>
    public string BodyFont { get; init; } = "宋体";

    /// <summary>East Asian font of the title and headings (黑体, SimHei).</summary>
    public string HeadingFont { get; init; } = "黑体";

    /// <summary>Font of Latin letters and digits everywhere.</summary>
    public string LatinFont { get; init; } = "Times New Roman";

    public double BodySize { get; init; } = HouseStyle.BodySize;

    public double TitleSize { get; init; } = HouseStyle.TitleSize;

    public double Heading1Size { get; init; } = HouseStyle.ChapterHeadingSize;

    public double Heading2Size { get; init; } = HouseStyle.ClauseHeadingSize;

    public double HeaderFooterSize { get; init; } = HouseStyle.DecorationSize;

    /// <summary>
    /// Heading levels the contents lists: 1 lists chapters, the supplementary part and annexes (what the
    /// text and PDF writers list); 2 adds clauses. The TOC field's <c>\o</c> switch says the same, so a
    /// field update in Word rebuilds the same list it was written with.
    /// </summary>
    public int ContentsDepth { get; init; } = 1;

    /// <summary>Bookmarks named like the PDF's signature fields (sig.company, seal.company …) on the signing and seal lines.</summary>
    public bool SignatureBookmarks { get; init; } = true;

    internal void Validate()
    {
        foreach (var (name, font) in new[] { (nameof(BodyFont), BodyFont), (nameof(HeadingFont), HeadingFont), (nameof(LatinFont), LatinFont) })
            if (string.IsNullOrWhiteSpace(font)) throw new ArgumentException($"DocxOptions.{name} needs a font name");
            else XmlSafeText.Check(font, $"DocxOptions.{name}");

        foreach (var (name, size) in new[] { (nameof(BodySize), BodySize), (nameof(TitleSize), TitleSize), (nameof(Heading1Size), Heading1Size), (nameof(Heading2Size), Heading2Size), (nameof(HeaderFooterSize), HeaderFooterSize) })
            // WordprocessingML stores sizes in half points, 1 to 1638 points.
            if (!(size >= 1 && size <= 1638) || Math.Abs(size * 2 - Math.Round(size * 2)) > 1e-9)
                throw new ArgumentException($"DocxOptions.{name} is {size}; sizes are whole or half points from 1 to 1638");

        if (ContentsDepth is not (1 or 2)) throw new ArgumentException($"DocxOptions.ContentsDepth is {ContentsDepth}; it is 1 (sections) or 2 (sections and clauses)");
    }

    internal static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
