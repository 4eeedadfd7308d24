using System.Globalization;
using System.Text;

namespace AgreementKit.Diagnostics;

/// <summary>
/// Makes text that came from input (a key in a field path, a column header) safe to print in a
/// diagnostic: controls, bidi controls, invisible format characters, noncharacters and lone surrogates
/// are written as <c>\u{202E}</c>, and the text is cut to 80 characters. A hostile key can then neither
/// reorder the terminal line nor flood it.
/// </summary>
internal static class DisplayText
{
    public const int MaxLength = 80;

    public static string Safe(string text)
    {
        var output = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                output.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                output.Append("\\u{").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                output.Append(c);
            }

            if (output.Length > MaxLength) return output.ToString(0, MaxLength - 1) + "…";
        }

        return output.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
