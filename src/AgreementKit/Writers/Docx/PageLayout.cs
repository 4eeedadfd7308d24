using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The house page (<see cref="HouseStyle"/>: A4 portrait, 2.54 cm top and bottom, 3.175 cm left and right)
/// in twips (1/20 pt). The text width also places the contents' right-aligned page numbers.
/// </summary>
internal static class PageLayout
{
    public const int Width = (int)(HouseStyle.PageWidth * 20 + 0.5f);
    public const int Height = (int)(HouseStyle.PageHeight * 20 + 0.5f);
    public const int Top = (int)(HouseStyle.MarginTop * 20);
    public const int Bottom = (int)(HouseStyle.MarginBottom * 20);
    public const int Left = (int)(HouseStyle.MarginLeft * 20);
    public const int Right = (int)(HouseStyle.MarginRight * 20);
    public const int HeaderDistance = (int)(HouseStyle.HeaderDistance * 20 + 0.5f);
    public const int FooterDistance = (int)(HouseStyle.FooterDistance * 20 + 0.5f);
    public const int TextWidth = Width - Left - Right;
    public const int TextHeight = Height - Top - Bottom;

    /// <summary>
    /// The body's section properties. Children are appended in the schema's order (references, pgSz,
    /// pgMar, cols, titlePg, docGrid); the caller puts the element last in the body.
    /// </summary>
    public static SectionProperties Section() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = PartIds.Header },
        new HeaderReference { Type = HeaderFooterValues.First, Id = PartIds.FirstHeader },
        new FooterReference { Type = HeaderFooterValues.Default, Id = PartIds.Footer },
        new FooterReference { Type = HeaderFooterValues.First, Id = PartIds.FirstFooter },
        new PageSize { Width = Width, Height = Height, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = Top, Bottom = Bottom, Left = Left, Right = Right, Header = HeaderDistance, Footer = FooterDistance, Gutter = 0 },
        new Columns { Space = "425" },
        // The cover page carries neither header nor footer.
        new TitlePage(),
        // A docGrid without a type keeps lines off the character grid, so 1.5 line spacing stays 1.5.
        new DocGrid { LinePitch = 312 });
}
