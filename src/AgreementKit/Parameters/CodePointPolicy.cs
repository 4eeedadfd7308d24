using System.Globalization;
using AgreementKit.Diagnostics;

namespace AgreementKit.Parameters;

/// <summary>
/// Decides, one code point at a time, which characters may come from parameter data (promise R6).
/// Nothing is ever converted: a value is either kept exactly or rejected.
/// </summary>
internal static class CodePointPolicy
{
    /// <summary>
    /// The code point at <paramref name="index"/>; a lone surrogate is returned as itself with width 1.
    /// </summary>
    public static int CodePointAt(string text, int index, out int width)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>
    /// Why the code point at <paramref name="index"/> is forbidden, or null when it is allowed. The text
    /// around it matters only for U+200D ZERO WIDTH JOINER, which emoji sequences need.
    /// </summary>
    public static ForbiddenCharacter? Classify(string text, int index)
    {
        var codePoint = CodePointAt(text, index, out _);
        if (char.IsSurrogate((char)codePoint) && codePoint <= 0xFFFF)
            return new(DiagnosticCodes.LoneSurrogate, codePoint, "a lone surrogate (half of a character whose other half is missing)");
        if (codePoint < 0x20 || codePoint == 0x7F || codePoint is >= 0x80 and <= 0x9F)
            return new(DiagnosticCodes.ControlCharacter, codePoint, ControlName(codePoint));
        // U+FDD0/U+FDD1 delimit literal values inside the renderer; the others are reserved by Unicode.
        if (codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE)
            return new(DiagnosticCodes.Noncharacter, codePoint, "a noncharacter, which never belongs in text");
        if (codePoint == 0xFFFD)
            return new(DiagnosticCodes.ReplacementCharacter, codePoint,
                "the replacement character: the text was damaged earlier by reading it with the wrong encoding");
        if (IsBidiControl(codePoint))
            return new(DiagnosticCodes.BidiControl, codePoint, "a bidirectional control, which can make text display in a misleading order");
        if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format
            && !(codePoint == 0x200D && JoinsEmoji(text, index)))
            return new(DiagnosticCodes.FormatCharacter, codePoint, FormatName(codePoint));
        return null;
    }

    private static bool IsBidiControl(int codePoint) =>
        codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C;

    /// <summary>
    /// A ZWJ inside an emoji sequence (👨‍👩‍👧): an emoji before it, possibly followed by a variation
    /// selector or skin tone, and an emoji after it.
    /// </summary>
    private static bool JoinsEmoji(string text, int index)
    {
        var before = index - 1;
        while (before >= 0)
        {
            var start = before > 0 && char.IsLowSurrogate(text[before]) && char.IsHighSurrogate(text[before - 1]) ? before - 1 : before;
            var codePoint = CodePointAt(text, start, out _);
            if (codePoint is not (0xFE0F or >= 0x1F3FB and <= 0x1F3FF))
                return IsPictographic(codePoint) && index + 1 < text.Length && IsPictographic(CodePointAt(text, index + 1, out _));
            before = start - 1;
        }
        return false;
    }

    /// <summary>
    /// An approximation of Unicode's Extended_Pictographic property, which .NET does not expose: the emoji
    /// blocks plus the older symbols that have emoji presentations.
    /// </summary>
    private static bool IsPictographic(int codePoint) =>
        codePoint is >= 0x1F000 and <= 0x1FAFF or >= 0x1FC00 and <= 0x1FFFD
            or >= 0x2600 and <= 0x27BF or >= 0x2300 and <= 0x23FF or >= 0x2B00 and <= 0x2BFF
            or >= 0x2194 and <= 0x2199 or >= 0x25AA and <= 0x25FE
            or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x21A9 or 0x21AA
            or 0x24C2 or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static string ControlName(int codePoint) => codePoint switch
    {
        0x09 => "a tab (control character); no field allows tabs",
        0x0A => "a line break (control character); no field allows line breaks",
        0x0D => "a carriage return (control character); no field allows line breaks",
        0x00 => "a NUL control character",
        _ => "a control character",
    };

    private static string FormatName(int codePoint) => codePoint switch
    {
        0x200B => "a zero-width space (invisible format character)",
        0x200C => "a zero-width non-joiner (invisible format character)",
        0x200D => "a zero-width joiner outside an emoji sequence (invisible format character)",
        0x2060 => "a word joiner (invisible format character)",
        0xFEFF => "a zero-width no-break space or byte order mark (invisible format character)",
        0x00AD => "a soft hyphen (invisible format character)",
        _ => "an invisible format character",
    };
}
