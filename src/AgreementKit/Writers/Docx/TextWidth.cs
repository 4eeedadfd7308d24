namespace AgreementKit.Writers.Docx;

/// <summary>Width of text in ems: Han characters and full-width forms take one, everything else about half.</summary>
internal static class TextWidth
{
    public static double Ems(string text)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
            ems += IsWide(rune.Value) ? 1 : 0.5;
        return ems;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD);
}
