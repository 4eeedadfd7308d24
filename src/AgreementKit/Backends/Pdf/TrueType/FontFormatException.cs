using AgreementKit.Layout.Canvas;
namespace AgreementKit.Backends.Pdf.TrueType;

/// <summary>A font file this code cannot read; the caller falls back to Skia's own handling of the font.</summary>
internal sealed class FontFormatException(string message) : Exception(message);
