namespace AgreementKit.Layout.Fonts;

/// <summary>A user-supplied font file (TTF, OTF or a face of a TTC collection, chosen by index).</summary>
/// <remarks>
/// TrueType fonts are embedded as per-document subsets (see TrueTypeSubsetter); OpenType/CFF fonts are
/// written by Skia as Type 3 fonts, which are larger, slower to write and drawn without hinting.
/// </remarks>
internal sealed record FontFile(string Path, int Index = 0);
