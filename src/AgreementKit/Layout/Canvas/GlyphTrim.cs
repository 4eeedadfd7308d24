namespace AgreementKit.Layout.Canvas;

/// <summary>
/// Blank space taken off a full-width punctuation mark's sides, in quarters of its em (clreq compression):
/// the mark advances that much less, and its ink moves left by the left trim. A PDF font must say the same
/// width the layout used, or text extractors see overlapping characters; so a trimmed mark is drawn from a
/// font variant whose glyph is that much narrower (see the PDF backend's font subsets).
/// </summary>
internal readonly record struct GlyphTrim(byte LeftQuarters, byte RightQuarters) : IComparable<GlyphTrim>
{
    public static readonly GlyphTrim None = default;

    public bool IsNone => LeftQuarters == 0 && RightQuarters == 0;

    /// <summary>The left trim in points at a font size.</summary>
    public float Left(float size) => LeftQuarters * size / 4;

    /// <summary>Both trims in points at a font size: how much less the mark advances.</summary>
    public float Total(float size) => (LeftQuarters + RightQuarters) * size / 4;

    public int CompareTo(GlyphTrim other) =>
        LeftQuarters != other.LeftQuarters ? LeftQuarters.CompareTo(other.LeftQuarters) : RightQuarters.CompareTo(other.RightQuarters);
}
