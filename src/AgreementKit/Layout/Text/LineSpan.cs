namespace AgreementKit.Layout.Text;

/// <summary>
/// One line found by the line breaker: code points [Start, End) of the paragraph. Width excludes the
/// trailing spaces, which hang. Forced is true when a single unbreakable piece (a long word) was longer
/// than the line and had to be cut; the breaking rules cannot hold at such a cut.
/// </summary>
internal readonly record struct LineSpan(int Start, int End, float Width, bool Forced, bool EndsParagraphLine);
