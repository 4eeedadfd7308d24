using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Builds text runs. All agreement text reaches the document through here, so every string is checked for
/// XML-illegal characters, keeps its leading and trailing spaces, and turns tabs and line breaks into
/// <c>w:tab</c> and <c>w:br</c> (inside <c>w:t</c> Word would collapse them to spaces).
/// </summary>
internal static class Runs
{
    public static Run Text(string text, RunProperties? properties = null)
    {
        XmlSafeText.Check(text, "agreement text");
        var run = new Run();
        if (properties is not null) run.Append(properties);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r')) continue;
            if (i > start) run.Append(TextElement(text[start..i]));
            if (i < text.Length)
            {
                if (text[i] == '\t') run.Append(new TabChar());
                else if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n') run.Append(new Break());
            }

            start = i + 1;
        }

        return run;
    }

    public static Run Bold(string text) => Text(text, new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() });

    public static Run Tab() => new(new TabChar());

    public static Run PageBreak() => new(new Break { Type = BreakValues.Page });

    private static WordText TextElement(string text)
    {
        var element = new WordText(text);
        // Without xml:space="preserve" a leading or trailing space is dropped by every consumer.
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) element.Space = SpaceProcessingModeValues.Preserve;
        return element;
    }
}
