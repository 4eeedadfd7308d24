using System.Text;

namespace AgreementKit.Layout.Text;

/// <summary>
/// Character classes for Chinese line breaking (W3C clreq; GB/T 15834): which characters may not start
/// a line, which may not end one, and which glue together into words and numbers.
/// </summary>
internal static class BreakRules
{
    // 行首禁则: closing and pause punctuation, full-width and their half-width twins.
    private const string NoLineStart = "，。、；：？！）］｝〕〗〙〛〉》」』】”’％‰·…—,.;:?!)]}%";

    // 行尾禁则: opening punctuation; a currency sign is kept with the amount that follows it.
    private const string NoLineEnd = "（［｛〔〖〘〚〈《「『【“‘([{¥￥$€£";

    // Inside a word or number these glue their neighbours: 12.5  1,000  10:30  e-mail  a/b  it's.
    private const string Joiners = ".,:/-_@'’";

    // Where an e-mail or web address may be broken when it does not fit (see LineBreaker): after these.
    private const string AddressBreaks = "@/.-_";

    public static bool CannotStartLine(int codePoint) => Contains(NoLineStart, codePoint);

    public static bool CannotEndLine(int codePoint) => Contains(NoLineEnd, codePoint);

    public static bool IsJoiner(int codePoint) => Contains(Joiners, codePoint);

    /// <summary>Breakable white space; a line may end after it and its width hangs in the margin.</summary>
    public static bool IsSpace(int codePoint) => codePoint is ' ' or '\t';

    /// <summary>
    /// Whether a justified line may widen the space between these two characters: next to CJK characters
    /// and after spaces; never inside a Latin word or number.
    /// </summary>
    public static bool IsJustificationGap(int before, int after) => IsWide(before) || IsWide(after) || IsSpace(before);

    /// <summary>A forced line break inside a paragraph.</summary>
    public static bool IsNewLine(int codePoint) => codePoint == '\n';

    /// <summary>
    /// Characters set on the em grid and breakable on either side: ideographs, kana, hangul, CJK symbols
    /// and full-width forms, including the astral ideograph planes.
    /// </summary>
    public static bool IsWide(int codePoint) => codePoint switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0x303E => true,
        >= 0x3040 and <= 0x33FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xA960 and <= 0xA97F => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };

    /// <summary>Letters and digits of Latin-like scripts: a run of them is a word that is never split.</summary>
    public static bool IsWordCharacter(int codePoint) =>
        !IsWide(codePoint) && Rune.IsValid(codePoint) && Rune.IsLetterOrDigit(new Rune(codePoint));

    /// <summary>An e-mail or web address: an unbreakable piece with an @ or a / and at least one letter.</summary>
    public static bool IsAddress(ReadOnlySpan<int> piece)
    {
        bool marker = false, letter = false;
        foreach (var c in piece)
        {
            marker |= c is '@' or '/';
            letter |= IsWordCharacter(c) && c is not (>= '0' and <= '9');
        }
        return marker && letter;
    }

    /// <summary>A character of an address after which the address may continue on the next line.</summary>
    public static bool IsAddressBreak(int codePoint) => Contains(AddressBreaks, codePoint);

    /// <summary>
    /// For each position i (0 &lt; i &lt; length), whether a line may break before code point i. Position 0
    /// is never a break. A forced break after a newline is reported separately by the line breaker.
    /// </summary>
    public static bool[] BreakOpportunities(ReadOnlySpan<int> codePoints)
    {
        var result = new bool[codePoints.Length];
        for (var i = 1; i < codePoints.Length; i++)
            result[i] = CanBreakBetween(codePoints, i);
        NumberUnits.Glue(codePoints, result);
        return result;
    }

    private static bool CanBreakBetween(ReadOnlySpan<int> cp, int i)
    {
        int before = cp[i - 1], after = cp[i];
        if (IsNewLine(before))
            return true;
        if (IsNewLine(after) || IsSpace(after) || after == 0xA0 || before == 0xA0)
            return false;
        if (CannotStartLine(after) || CannotEndLine(before))
            return false;
        if (IsWordCharacter(before) && IsWordCharacter(after))
            return false;
        // A joiner between two word characters belongs to the word or number (12.5, 1,000, e-mail).
        if (IsJoiner(before) && IsWordCharacter(after) && i >= 2 && IsWordCharacter(cp[i - 2]))
            return false;
        if (IsJoiner(after) && IsWordCharacter(before) && i + 1 < cp.Length && IsWordCharacter(cp[i + 1]))
            return false;
        return true;
    }

    private static bool Contains(string set, int codePoint) =>
        codePoint <= char.MaxValue && set.Contains((char)codePoint);
}
