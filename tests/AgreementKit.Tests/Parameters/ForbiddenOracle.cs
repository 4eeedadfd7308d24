namespace AgreementKit.Tests.Parameters;

/// <summary>
/// The text policy restated from the specification as data tables, independently of the product's
/// code (which asks .NET for the Unicode category): the Cf ranges below are Unicode's, listed by hand.
/// </summary>
internal static class ForbiddenOracle
{
    private static readonly (int First, int Last)[] FormatRanges =
    [
        (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891),
        (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
        (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F),
        (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    ];

    private static readonly int[] Bidi = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069];

    private static readonly (int First, int Last)[] Pictographic =
    [
        (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
        (0x2194, 0x2199), (0x21A9, 0x21AA), (0x2300, 0x23FF), (0x24C2, 0x24C2), (0x25AA, 0x25FE), (0x2600, 0x27BF),
        (0x2B00, 0x2BFF), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
        (0x1F000, 0x1FAFF), (0x1FC00, 0x1FFFD),
    ];

    /// <summary>The UTF-16 index of the first forbidden code point, or -1.</summary>
    public static int FirstForbidden(string text)
    {
        var codePoints = new List<(int Value, int Index, bool Lone)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && text[i] is >= '\uD800' and <= '\uDBFF' && text[i + 1] is >= '\uDC00' and <= '\uDFFF')
            {
                codePoints.Add((0x10000 + ((text[i] - 0xD800) << 10) + (text[i + 1] - 0xDC00), i, false));
                i++;
            }
            else
            {
                codePoints.Add((text[i], i, text[i] is >= '\uD800' and <= '\uDFFF'));
            }
        }
        for (var n = 0; n < codePoints.Count; n++)
        {
            var (cp, index, lone) = codePoints[n];
            var forbidden = lone
                || cp <= 0x1F || cp is >= 0x7F and <= 0x9F
                || cp is >= 0xFDD0 and <= 0xFDEF || cp % 0x10000 >= 0xFFFE
                || cp == 0xFFFD
                || Bidi.Contains(cp)
                || (In(FormatRanges, cp) && !(cp == 0x200D && JoinsEmoji(codePoints, n)));
            if (forbidden)
                return index;
        }
        return -1;
    }

    private static bool JoinsEmoji(List<(int Value, int Index, bool Lone)> codePoints, int n)
    {
        var before = n - 1;
        while (before >= 0 && (codePoints[before].Value == 0xFE0F || codePoints[before].Value is >= 0x1F3FB and <= 0x1F3FF))
            before--;
        return before >= 0 && In(Pictographic, codePoints[before].Value)
            && n + 1 < codePoints.Count && In(Pictographic, codePoints[n + 1].Value);
    }

    private static bool In((int First, int Last)[] ranges, int cp) => ranges.Any(r => cp >= r.First && cp <= r.Last);
}
