namespace AgreementKit.Layout.Canvas;

/// <summary>A character as drawn: its code point and the glyph of the full font that draws it.</summary>
internal readonly record struct CharGlyph(int CodePoint, ushort Glyph) : IComparable<CharGlyph>
{
    public int CompareTo(CharGlyph other) =>
        CodePoint != other.CodePoint ? CodePoint.CompareTo(other.CodePoint) : Glyph.CompareTo(other.Glyph);
}
