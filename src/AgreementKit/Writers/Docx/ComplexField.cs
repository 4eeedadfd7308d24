using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// A complex field (fldChar begin, instrText, separate, cached result, end). Complex rather than simple
/// fields because a TOC must span paragraphs and because Word and LibreOffice both show the cached result
/// without updating, so every field carries a sensible one.
/// </summary>
internal static class ComplexField
{
    public static Run Begin() => new(new FieldChar { FieldCharType = FieldCharValues.Begin });

    public static Run Instruction(string instruction) =>
        new(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    /// <summary>The runs of a whole field whose result fits in one run.</summary>
    public static IEnumerable<OpenXmlElement> Whole(string instruction, string cachedResult) =>
        [Begin(), Instruction(instruction), Separate(), Runs.Text(cachedResult), End()];
}
