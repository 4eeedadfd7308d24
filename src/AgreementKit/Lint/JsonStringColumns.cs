namespace AgreementKit.Lint;

/// <summary>
/// Finds where a character of a decoded JSON string stands in the source line: escapes such as
/// <c>\u4E00</c> or <c>\n</c> take several source characters for one decoded character.
/// </summary>
internal static class JsonStringColumns
{
    /// <summary>
    /// The 1-based column of decoded character <paramref name="index"/> of the string whose opening quote is at
    /// 1-based <paramref name="quoteColumn"/> of <paramref name="line"/>; the quote's column when the line does not
    /// hold the string there.
    /// </summary>
    public static int ColumnOf(string line, int quoteColumn, int index)
    {
        var at = quoteColumn; // 0-based position just after the quote
        if (quoteColumn < 1 || quoteColumn > line.Length || line[quoteColumn - 1] != '"') return quoteColumn;
        for (var decoded = 0; decoded < index; decoded++)
        {
            if (at >= line.Length || line[at] == '"') return quoteColumn;
            at += line[at] != '\\' ? 1 : at + 1 < line.Length && line[at + 1] == 'u' ? 6 : 2;
        }

        return at + 1;
    }
}
