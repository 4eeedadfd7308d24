using System.Globalization;
using System.Text;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The last line of defence against characters XML 1.0 cannot carry. The parameter layer rejects them
/// first; if one still arrives here, the SDK would throw only while saving, after output was opened, so
/// the writer checks every string before it builds anything and names the character.
/// </summary>
internal static class XmlSafeText
{
    public static string Check(string text, string where)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsAllowed(c))
                throw new InvalidOperationException(
                    $"{where} contains U+{(int)c:X4}, which an XML document cannot hold (at character {i + 1} of \"{Excerpt(text)}\")");
        }

        return text;
    }

    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; a surrogate is
    // allowed only as half of a pair, which the caller has already skipped.
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    private static string Excerpt(string text)
    {
        var shown = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown.Length >= 40) return shown.Append('…').ToString();
            shown.Append(Rune.IsControl(rune) ? $"\\u{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}" : rune.ToString());
        }

        return shown.ToString();
    }
}
