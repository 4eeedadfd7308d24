namespace AgreementKit.Layout.Fonts;

/// <summary>A user-supplied font file (TTF, OTF or a face of a TTC collection, chosen by index).</summary>
/// <remarks>
/// TrueType outlines are embedded whole by Skia's PDF backend (it has no TrueType subsetter here), so a
/// TrueType CJK font adds megabytes to every PDF; OpenType/CFF fonts are embedded as small subsets.
/// </remarks>
internal sealed record FontFile(string Path, int Index = 0);
