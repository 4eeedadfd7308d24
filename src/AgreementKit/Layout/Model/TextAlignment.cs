namespace AgreementKit.Layout.Model;

internal enum TextAlignment
{
    /// <summary>Both edges flush, extra space spread between characters; the last line is left-aligned (两端对齐).</summary>
    Justify,
    Left,
    Center,
    Right,
}
