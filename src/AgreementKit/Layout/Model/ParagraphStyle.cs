namespace AgreementKit.Layout.Model;

/// <summary>
/// Paragraph geometry. Indents are in em of <see cref="EmSize"/> (Chinese body text indents two
/// characters), spacing in points, <see cref="LineHeight"/> a multiple of the largest font size on a line.
/// </summary>
internal sealed record ParagraphStyle
{
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>The point size one em of indent stands for, normally the body font size.</summary>
    public float EmSize { get; init; } = 12f;

    public float FirstLineIndentEm { get; init; }

    /// <summary>Indent of every line from the left edge of the column.</summary>
    public float LeftIndentEm { get; init; }

    /// <summary>
    /// With a label, the least distance from the label's start to the text; lines after the first align with
    /// the text, so a label such as （1） hangs in front of it.
    /// </summary>
    public float HangingIndentEm { get; init; }

    public float SpaceBefore { get; init; }

    public float SpaceAfter { get; init; }

    public float LineHeight { get; init; } = 1.5f;

    /// <summary>Keep on the same page as the beginning of the next block (headings).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Never split this paragraph across pages (when it fits on one).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>
    /// In a table with <see cref="Table.ShrinkScales"/>: the paragraph should stay on one line, and the table
    /// is set smaller before it breaks; where no size is small enough, its runs start new lines before any
    /// run is broken (a party's role, then its name whole).
    /// </summary>
    public bool PreferOneLine { get; init; }

    /// <summary>No single line of the paragraph alone at the top or bottom of a page.</summary>
    public bool WidowControl { get; init; } = true;
}
