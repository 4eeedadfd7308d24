namespace AgreementKit.Comparison;

/// <summary>How an <see cref="AgreementComparer"/> is set up; read once when the comparer is built.</summary>
public sealed class AgreementComparerOptions
{
    /// <summary>Fonts named in the redline DOCX's styles (the same as the agreements').</summary>
    public DocxFontOptions DocxFonts { get; set; } = new();

    /// <summary>Your own comparison formats; one with the id of a built-in (docx, md, html) replaces it.</summary>
    public IList<IComparisonWriter> Writers { get; } = [];
}
