using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Text;

/// <summary>
/// One code point of a paragraph with the face and glyph that draw it and its advance. Glyph 0 means no
/// face has the character (it is reported, and the document is not drawn); line breaks have no glyph.
/// A punctuation mark compressed next to another (<see cref="PunctuationCompression"/>) has a trim, and
/// its advance is already the trimmed one.
/// </summary>
internal readonly record struct ShapedCluster(int CodePoint, string Text, FontFace Face, ushort Glyph, float Advance, TextStyle Style, GlyphTrim Trim = default);
