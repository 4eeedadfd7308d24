using SkiaSharp;

namespace AgreementKit.Layout.Fonts;

/// <summary>
/// One loaded typeface with the vertical metrics layout needs, as fractions of the em. Immutable and safe
/// to share across threads (SKTypeface is); SKFont objects are made per use because they are not.
/// </summary>
internal sealed class FontFace
{
    private readonly SKData? _data;
    private FaceMetrics? _metrics;

    private FontFace(SKTypeface typeface, string name, SKData? data = null, int index = 0)
    {
        Typeface = typeface;
        Name = name;
        _data = data;
        Index = index;
        UnitsPerEm = typeface.UnitsPerEm;
        using var font = CreateFont(typeface, UnitsPerEm);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
    }

    public SKTypeface Typeface { get; }

    /// <summary>Glyph ids and widths of this face, measured once and shared by all documents and threads.</summary>
    public FaceMetrics Metrics => _metrics ?? CreateMetrics();

    // Two threads may both build one; either is right, and one is kept.
    private FaceMetrics CreateMetrics()
    {
        Interlocked.CompareExchange(ref _metrics, new FaceMetrics(this), null);
        return _metrics;
    }

    /// <summary>Where the face came from, for messages.</summary>
    public string Name { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of the em box, in em (positive).</summary>
    public float Ascent { get; }

    /// <summary>Distance from baseline to the bottom of the em box, in em (positive).</summary>
    public float Descent { get; }

    /// <summary>The face's index in its font file (0 unless the file is a collection).</summary>
    public int Index { get; }

    /// <summary>The font file's bytes (Skia's native copy; valid while this face lives).</summary>
    public ReadOnlySpan<byte> Data => _data is null ? default : _data.AsSpan();

    public static FontFace FromTypeface(SKTypeface typeface, string name) => new(typeface, name);

    /// <summary>A face of font data held in native memory, or null when the data is not a font.</summary>
    public static FontFace? FromData(SKData data, int index, string name)
    {
        var typeface = SKTypeface.FromData(data, index);
        return typeface is null || typeface.UnitsPerEm <= 0 ? null : new FontFace(typeface, name, data, index);
    }

    /// <summary>Opens a font file, or returns null when it is missing or not a font (the caller reports AK4002).</summary>
    public static FontFace? TryLoad(FontFile file)
    {
        if (!File.Exists(file.Path))
            return null;
        var data = SKData.Create(file.Path); // memory-mapped
        if (data is null)
            return null;
        var face = FromData(data, file.Index, $"{file.Path}#{file.Index}");
        if (face is null)
            data.Dispose();
        return face;
    }

    /// <summary>
    /// An SKFont whose metrics do not depend on output resolution: linear metrics, no hinting, subpixel
    /// positions, so 中 at 10.5 pt is exactly 10.5 pt wide and layout is the same everywhere.
    /// </summary>
    public SKFont CreateFont(float size) => CreateFont(Typeface, size);

    /// <summary>An SKFont with the same resolution-independent settings for another typeface (a subset).</summary>
    public static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size)
        {
            LinearMetrics = true,
            Hinting = SKFontHinting.None,
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
        };

    public override string ToString() => Name;
}
