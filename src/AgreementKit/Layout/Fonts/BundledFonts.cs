using System.Reflection;
using SkiaSharp;

namespace AgreementKit.Layout.Fonts;

/// <summary>
/// The Noto CJK subsets shipped inside the assembly (fonts/README.md says how they are made), so a machine
/// without CJK fonts renders the same PDFs. Each face is read once, on first use, and shared: the only
/// static state is this immutable lazily-built cache.
/// </summary>
internal static class BundledFonts
{
    private const string Prefix = "AgreementKit.Fonts.";

    private static readonly Lazy<FontFace> SerifSc = Face("NotoSerifCJKsc-Regular.subset.ttf");
    private static readonly Lazy<FontFace> SerifTc = Face("NotoSerifCJKtc-Regular.subset.ttf");
    private static readonly Lazy<FontFace> SansBoldSc = Face("NotoSansCJKsc-Bold.subset.ttf");
    private static readonly Lazy<FontFace> SansBoldTc = Face("NotoSansCJKtc-Bold.subset.ttf");

    public static FontFace Get(FontScript script, FontRole role) => (script, role) switch
    {
        (FontScript.Simplified, FontRole.Regular) => SerifSc.Value,
        (FontScript.Simplified, FontRole.Bold) => SansBoldSc.Value,
        (FontScript.Traditional, FontRole.Regular) => SerifTc.Value,
        (FontScript.Traditional, FontRole.Bold) => SansBoldTc.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(script)),
    };

    private static Lazy<FontFace> Face(string fileName) =>
        new(() => Load(fileName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static FontFace Load(string fileName)
    {
        var assembly = typeof(BundledFonts).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The bundled font {fileName} is missing from {assembly.GetName().Name}; the build did not embed fonts/.");
        // Kept for the process's lifetime: PDFs embed per-document subsets cut from these bytes.
        var data = SKData.Create(stream);
        return FontFace.FromData(data, 0, fileName)
            ?? throw new InvalidOperationException($"The bundled font {fileName} could not be read.");
    }
}
