namespace AgreementKit;

/// <summary>The font names DOCX styles ask for; Word and LibreOffice substitute when a machine lacks one.</summary>
public sealed record DocxFontOptions
{
    /// <summary>East Asian body font (default 宋体, SimSun).</summary>
    public string BodyFont { get; init; } = "宋体";

    /// <summary>East Asian font of the title and headings (default 黑体, SimHei).</summary>
    public string HeadingFont { get; init; } = "黑体";

    /// <summary>Font of Latin letters and digits (default Times New Roman).</summary>
    public string LatinFont { get; init; } = "Times New Roman";
}
