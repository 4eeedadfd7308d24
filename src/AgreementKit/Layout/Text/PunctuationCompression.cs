using AgreementKit.Layout.Canvas;

namespace AgreementKit.Layout.Text;

/// <summary>
/// Half-em compression of adjacent full-width punctuation (clreq 3.1.6): "元）；" and "。”" take one and
/// a half ems instead of two. The half em comes out of the blank between the two marks' ink — the first
/// mark's right side, then the second's left — as the glyphs show it, so the centred stops of Taiwan's
/// fonts (，。 in the middle of the em) give up only their blank quarter. Only advances and trims change;
/// every character stays, so the extracted text is the same.
/// </summary>
internal static class PunctuationCompression
{
    private const string FullWidthPunctuation = "，。、；：？！（）［］｛｝〔〕〖〗〘〙〚〛〈〉《》「」『』【】“”‘’";

    private const int HalfEm = 2; // in quarters

    /// <param name="clusters">Shaped clusters of one paragraph, changed in place.</param>
    /// <param name="ink">Left and right edge of a glyph's ink as fractions of its em, (0, 0) for none.</param>
    public static void Apply(List<ShapedCluster> clusters, Func<ShapedCluster, (float Left, float Right)> ink)
    {
        // Decided before any advance changes: a mark between two others may give up space on both sides.
        var marks = clusters.Select(IsFullWidthPunctuation).ToArray();
        for (var i = 1; i < clusters.Count; i++)
        {
            if (!marks[i - 1] || !marks[i])
                continue;
            ShapedCluster a = clusters[i - 1], b = clusters[i];
            var fromA = Math.Min(HalfEm, BlankQuarters(1 - ink(a).Right));
            var fromB = Math.Min(HalfEm - fromA, BlankQuarters(ink(b).Left));
            if (fromA > 0)
                clusters[i - 1] = Trimmed(a, a.Trim with { RightQuarters = (byte)fromA });
            if (fromB > 0)
                clusters[i] = Trimmed(b, b.Trim with { LeftQuarters = (byte)fromB });
        }
    }

    private static ShapedCluster Trimmed(ShapedCluster c, GlyphTrim trim) =>
        c with { Advance = c.Style.Size - trim.Total(c.Style.Size), Trim = trim };

    private static bool IsFullWidthPunctuation(ShapedCluster c) =>
        c.Glyph != 0 && c.CodePoint <= char.MaxValue && FullWidthPunctuation.Contains((char)c.CodePoint)
        && MathF.Abs(c.Advance - c.Style.Size) < 0.01f * c.Style.Size;

    // Whole quarters of blank em, so a stroke that reaches a little into a quarter keeps that quarter and
    // no two marks' ink can touch.
    private static int BlankQuarters(float blank) => Math.Min(HalfEm, (int)MathF.Floor(MathF.Max(0, blank) * 4 + 0.001f));
}
