namespace AgreementKit.Layout.Fonts;

/// <summary>
/// The Chinese script a document is written in. Simplified and traditional texts need different faces:
/// the same code point is drawn with different glyph shapes (e.g. 骨, 写) in SC and TC fonts.
/// </summary>
internal enum FontScript
{
    Simplified,
    Traditional,
}
