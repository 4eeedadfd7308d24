using AgreementKit.Diagnostics;
using AgreementKit.Layout.Fonts;

namespace AgreementKit.Lint;

/// <summary>
/// Answers "can any configured font draw this character?" for one locale, with a glyph cache for the many
/// repeated characters of a contract. One instance per locale and lint run; not shared between threads.
/// </summary>
internal sealed class LintFonts : IDisposable
{
    private readonly FontSet _fonts;
    private readonly GlyphCache _cache = new();

    private LintFonts(FontSet fonts) => _fonts = fonts;

    /// <summary>The fonts for <paramref name="locale"/>, or null (with AK4002 diagnostics) when a font file cannot be opened.</summary>
    public static LintFonts? For(string locale, LintFontOptions options, ICollection<Diagnostic> problems)
    {
        FontSet? fonts;
        if (options.FontFiles.Count == 0)
        {
            fonts = FontSet.ForLocale(locale);
        }
        else
        {
            var body = new FontFile(options.FontFiles[0]);
            var heading = new FontFile(options.FontFiles.Count > 1 ? options.FontFiles[1] : options.FontFiles[0]);
            fonts = FontSet.FromFiles(body, heading, problems);
        }

        if (fonts is null) return null;
        if (options.UseSystemFonts) fonts = fonts.WithFallbacks([.. SystemFonts.Load()]);
        return new LintFonts(fonts);
    }

    /// <summary>Names the faces for messages, e.g. "Noto Serif CJK SC, Noto Sans CJK SC".</summary>
    public string Description =>
        string.Join(", ", new[] { _fonts.Regular, _fonts.Bold }.Distinct().Select(f => f.Name)) + (_fonts.Fallbacks.Count > 0 ? " and the installed fonts" : "");

    /// <summary>Line breaks and tabs are never drawn, so never missing (as in FontSet.FindMissingCharacters).</summary>
    public bool CanDraw(int codePoint) =>
        codePoint is '\n' or '\r' or '\t' || _fonts.Resolve(codePoint, FontRole.Regular, _cache) is not null;

    public IReadOnlyList<string> FindMissing(string text) => _fonts.FindMissingCharacters(text, _cache);

    public void Dispose() => _cache.Dispose();
}
