using System.Runtime.CompilerServices;
using AgreementKit.Layout.Fonts;

namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>
/// The TrueType tables of a face, read once per face and kept as long as the face lives. Null for CFF
/// fonts (Skia writes those as Type 3 fonts itself) and for fonts whose tables cannot be read. Kept here
/// rather than on <see cref="FontFace"/> because only PDF embedding needs them.
/// </summary>
internal static class TrueTypeFaces
{
    private static readonly ConditionalWeakTable<FontFace, Lazy<SfntFont?>> Tables = new();

    public static SfntFont? Of(FontFace face) =>
        Tables.GetValue(face, f => new Lazy<SfntFont?>(() => Read(f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static SfntFont? Read(FontFace face)
    {
        if (face.Data.IsEmpty)
            return null;
        try
        {
            var font = SfntFont.Read(face.Data, face.Index);
            return font.HasTrueTypeOutlines ? font : null;
        }
        catch (FontFormatException)
        {
            return null; // Skia may still draw it; it is then embedded the way Skia embeds it
        }
    }
}
