using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// A4 portrait with the margins Chinese Word uses by default (2.54 cm top and bottom, 3.17 cm left and
/// right). Sizes in twips (1/20 pt). The text width also places the contents' right-aligned page numbers.
/// </summary>
internal static class PageLayout
{
    public const int Width = 11906;
    public const int Height = 16838;
    public const int Top = 1440;
    public const int Bottom = 1440;
    public const int Left = 1800;
    public const int Right = 1800;
    public const int HeaderDistance = 851;
    public const int FooterDistance = 992;
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
