using System.Globalization;
using System.Text;

namespace AgreementKit.Batch.Names;

/// <summary>
/// Turns text from parameters into a file name that is safe on every system (promise R11). Windows rules
/// apply everywhere because a batch folder is often copied to a Windows share: Linux alone would accept
/// almost anything (reliability notes §5). The result is a fixed point: sanitising it again changes nothing.
/// </summary>
internal static class FileNameSanitizer
{
    /// <summary>ext4, XFS and Btrfs allow 255 bytes per name; UTF-8 never has fewer bytes than UTF-16 units, so this bounds NTFS too.</summary>
    public const int MaxBytes = 255;

    private const char Replacement = '_';

    private static readonly string[] ReservedBases =
    [
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    ];

    /// <summary>
    /// The safe form of <paramref name="name"/>, at most <paramref name="maxBytes"/> UTF-8 bytes. Never empty,
    /// never a reserved device name (with or without extension), no path separator, no <c>..</c>, no leading
    /// or trailing dot or space, no control or format character, NFC.
    /// </summary>
    public static string Sanitize(string name, int maxBytes = MaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 8);
        // Each step can expose work for an earlier one (a cut can leave a trailing dot, a reserved fix can
        // overflow the budget), so the steps repeat until nothing changes; three rounds always suffice.
        var current = name;
        for (var round = 0; round < 8; round++)
        {
            var next = Step(current, maxBytes);
            if (next == current) return next;
            current = next;
        }

        throw new InvalidOperationException("The file name sanitiser did not settle.");
    }

    /// <summary>True when <paramref name="name"/>'s part before the first dot is a Windows device name.</summary>
    public static bool IsReserved(string name)
    {
        var dot = name.IndexOf('.');
        var stem = (dot < 0 ? name : name[..dot]).TrimEnd(' ');
        return Array.Exists(ReservedBases, r => string.Equals(r, stem, StringComparison.OrdinalIgnoreCase));
    }

    private static string Step(string name, int maxBytes)
    {
        // NFC first: NFKC-like folds must never produce separators after the replacement step (notes §5).
        var text = Unicode.Nfc.Normalize(name);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            builder.Append(IsForbidden(rune) ? Replacement.ToString() : rune.ToString());
        text = CollapseDotRuns(builder.ToString());
        text = text.Trim(' ', '.');
        if (text.Length == 0) text = Replacement.ToString();
        if (IsReserved(text))
        {
            var dot = text.IndexOf('.');
            text = dot < 0 ? text + Replacement : text[..dot].TrimEnd(' ') + Replacement + text[dot..];
        }

        return CutToBytes(text, maxBytes);
    }

    private static bool IsForbidden(Rune rune)
    {
        if (rune.Value is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*') return true;
        if (rune == Rune.ReplacementChar) return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            // Controls, bidi and other format characters (Trojan Source), line and paragraph separators,
            // and private-use/unassigned code points a file manager cannot show.
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned => true,
            _ => false,
        };
    }

    private static string CollapseDotRuns(string text)
    {
        if (!text.Contains("..", StringComparison.Ordinal)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == '.')
            {
                while (i + 1 < text.Length && text[i + 1] == '.') i++;
                builder.Append(Replacement);
            }
            else
                builder.Append(text[i]);
        }

        return builder.ToString();
    }

    /// <summary>Keeps whole grapheme clusters (a base with its marks, an emoji sequence) while they fit.</summary>
    internal static string CutToBytes(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var used = 0;
        var end = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var bytes = Encoding.UTF8.GetByteCount(element);
            if (used + bytes > maxBytes) break;
            used += bytes;
            end += element.Length;
        }

        return text[..end];
    }
}
