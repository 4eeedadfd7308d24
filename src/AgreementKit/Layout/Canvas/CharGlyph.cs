namespace AgreementKit.Layout.Canvas;

/// <summary>A character as drawn: its code point, the glyph of the full font that draws it, and how it is trimmed.</summary>
internal readonly record struct CharGlyph(int CodePoint, ushort Glyph, GlyphTrim Trim = default) : IComparable<CharGlyph>
{
    public int CompareTo(CharGlyph other) =>
        CodePoint != other.CodePoint ? CodePoint.CompareTo(other.CodePoint)
        : Glyph != other.Glyph ? Glyph.CompareTo(other.Glyph)
        : Trim.CompareTo(other.Trim);
}
