namespace AgreementKit.Lint;

/// <summary>
/// The fonts lint checks characters against, chosen the way PDF output chooses them: the user's files
/// (the first for body text, a second for headings) instead of the bundled Noto CJK, and optionally the
/// machine's installed fonts as fallbacks.
/// </summary>
internal sealed record LintFontOptions(IReadOnlyList<string> FontFiles, bool UseSystemFonts = false)
{
    public static LintFontOptions Bundled { get; } = new([]);
}
