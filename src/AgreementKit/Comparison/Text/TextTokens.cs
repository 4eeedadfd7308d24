using System.Globalization;

namespace AgreementKit.Comparison.Text;

/// <summary>
/// Splits text into the units a comparison works in. Chinese has no spaces to find words by, so every
/// character is a unit — except a number (digits with the points and commas inside it: <c>2025</c>,
/// <c>12,345.67</c>) and a run of Latin letters, which change as a whole: 85 → 88 reads as one figure
/// replaced, not as a 5 turned into an 8.
/// </summary>
internal static class TextTokens
{
    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
            }
            else if (char.IsAsciiLetter(text[i]))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            }
            else
            {
                i += StringInfo.GetNextTextElementLength(text, i);
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }
}
