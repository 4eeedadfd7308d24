using SkiaSharp;

namespace AgreementKit.Layout.Fonts;

/// <summary>
/// One loaded typeface with the vertical metrics layout needs, as fractions of the em. Immutable and safe
/// to share across threads (SKTypeface is); SKFont objects are made per use because they are not.
/// </summary>
internal sealed class FontFace
{
    private FontFace(SKTypeface typeface, string name)
    {
        Typeface = typeface;
        Name = name;
        UnitsPerEm = typeface.UnitsPerEm;
        using var font = CreateFont(typeface, UnitsPerEm);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
    }

    public SKTypeface Typeface { get; }

    /// <summary>Where the face came from, for messages.</summary>
    public string Name { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of the em box, in em (positive).</summary>
    public float Ascent { get; }

    /// <summary>Distance from baseline to the bottom of the em box, in em (positive).</summary>
    public float Descent { get; }

    public static FontFace FromTypeface(SKTypeface typeface, string name) => new(typeface, name);

    /// <summary>Opens a font file, or returns null when it is missing or not a font (the caller reports AK4002).</summary>
    public static FontFace? TryLoad(FontFile file)
    {
        if (!File.Exists(file.Path))
            return null;
        var typeface = SKTypeface.FromFile(file.Path, file.Index);
        return typeface is null || typeface.UnitsPerEm <= 0 ? null : new FontFace(typeface, $"{file.Path}#{file.Index}");
    }

    /// <summary>
    /// An SKFont whose metrics do not depend on output resolution: linear metrics, no hinting, subpixel
    /// positions, so 中 at 10.5 pt is exactly 10.5 pt wide and layout is the same everywhere.
    /// </summary>
    public SKFont CreateFont(float size) => CreateFont(Typeface, size);

    private static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size)
        {
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
        };

    public override string ToString() => Name;
}
