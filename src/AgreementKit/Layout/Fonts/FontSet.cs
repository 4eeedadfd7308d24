using AgreementKit.Diagnostics;

namespace AgreementKit.Layout.Fonts;

/// <summary>
/// The faces a document is drawn with: a regular face for body text, a bold face for headings, and
/// optional fallbacks. A character missing from a run's face is taken from the next face of its chain
/// (the other role, then the fallbacks); a character no face has is reported, never drawn as a blank.
/// </summary>
internal sealed class FontSet
{
    private readonly FontFace[] _regularChain;
    private readonly FontFace[] _boldChain;

    public FontSet(FontFace regular, FontFace bold, IReadOnlyList<FontFace>? fallbacks = null)
    {
        Regular = regular;
        Bold = bold;
        Fallbacks = fallbacks ?? [];
        _regularChain = Distinct([regular, bold, .. Fallbacks]);
        _boldChain = Distinct([bold, regular, .. Fallbacks]);
    }

    public FontFace Regular { get; }

    public FontFace Bold { get; }

    public IReadOnlyList<FontFace> Fallbacks { get; }

    /// <summary>The bundled faces for a script.</summary>
    public static FontSet Bundled(FontScript script) =>
        new(BundledFonts.Get(script, FontRole.Regular), BundledFonts.Get(script, FontRole.Bold));

    /// <summary>The bundled faces for a BCP 47 locale: zh-Hant, zh-TW, zh-HK and zh-MO are traditional.</summary>
    public static FontSet ForLocale(string locale) => Bundled(ScriptOf(locale));

    public static FontScript ScriptOf(string locale)
    {
        var parts = locale.Replace('_', '-').Split('-');
        foreach (var part in parts.Skip(1))
        {
            if (part.Equals("Hant", StringComparison.OrdinalIgnoreCase)) return FontScript.Traditional;
            if (part.Equals("Hans", StringComparison.OrdinalIgnoreCase)) return FontScript.Simplified;
        }
        return parts.Skip(1).Any(p => p.ToUpperInvariant() is "TW" or "HK" or "MO")
            ? FontScript.Traditional
            : FontScript.Simplified;
    }

    /// <summary>
    /// Faces from user files. Returns null and adds an AK4002 diagnostic per file that cannot be opened.
    /// </summary>
    public static FontSet? FromFiles(FontFile regular, FontFile bold, ICollection<Diagnostic> diagnostics, IReadOnlyList<FontFile>? fallbacks = null)
    {
        var regularFace = Load(regular, diagnostics);
        var boldFace = Load(bold, diagnostics);
        var fallbackFaces = (fallbacks ?? []).Select(f => Load(f, diagnostics)).ToList();
        if (regularFace is null || boldFace is null || fallbackFaces.Any(f => f is null))
            return null;
        return new FontSet(regularFace, boldFace, fallbackFaces!);
    }

    /// <summary>This set with more faces to try for characters the others lack.</summary>
    public FontSet WithFallbacks(params FontFace[] faces) => new(Regular, Bold, [.. Fallbacks, .. faces]);

    /// <summary>Whether both sets draw with the same faces in the same order (so lay text out alike).</summary>
    public bool HasSameFaces(FontSet other) =>
        ReferenceEquals(this, other) || (_regularChain.AsSpan().SequenceEqual(other._regularChain) && _boldChain.AsSpan().SequenceEqual(other._boldChain));

    /// <summary>The faces tried in order for a run of the given role.</summary>
    public ReadOnlySpan<FontFace> ChainFor(FontRole role) => role == FontRole.Bold ? _boldChain : _regularChain;

    /// <summary>
    /// The characters of <paramref name="text"/> that no face of the set has a glyph for, each once, in
    /// order of first appearance, as strings (so astral characters such as 𠀀 stay whole). Line breaks and
    /// tabs are not drawn and so never missing.
    /// </summary>
    public IReadOnlyList<string> FindMissingCharacters(string text)
    {
        using var cache = new GlyphCache();
        return FindMissingCharacters(text, cache);
    }

    internal IReadOnlyList<string> FindMissingCharacters(string text, GlyphCache cache)
    {
        var missing = new List<string>();
        var seen = new HashSet<int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\n' or '\r' or '\t' || !seen.Add(rune.Value))
                continue;
            if (Resolve(rune.Value, FontRole.Regular, cache) is null)
                missing.Add(rune.ToString());
        }
        return missing;
    }

    /// <summary>The first face of the role's chain with a glyph for the code point, or null.</summary>
    public (FontFace Face, ushort Glyph)? Resolve(int codePoint, FontRole role, GlyphCache cache)
    {
        foreach (var face in ChainFor(role))
        {
            var glyph = cache.Glyph(face, codePoint);
            if (glyph != 0)
                return (face, glyph);
        }
        return null;
    }

    /// <summary>Names a character for a message: the character and its code point, e.g. 𠀀 (U+20000).</summary>
    public static string Describe(string character) =>
        $"{character} (U+{char.ConvertToUtf32(character, 0):X4})";

    private static FontFace? Load(FontFile file, ICollection<Diagnostic> diagnostics)
    {
        var face = FontFace.TryLoad(file);
        if (face is null)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FontNotFound,
                $"The font file '{file.Path}' (face {file.Index}) does not exist or is not a font file (.ttf, .otf or .ttc).",
                new SourceLocation { File = file.Path }));
        return face;
    }

    private static FontFace[] Distinct(IEnumerable<FontFace> faces) => faces.Distinct().ToArray();
}
