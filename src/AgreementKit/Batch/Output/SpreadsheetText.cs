namespace AgreementKit.Batch.Output;

/// <summary>
/// Makes text safe to open in a spreadsheet (promise R17, OWASP/CWE-1236): a cell starting with
/// <c>= + - @</c>, TAB, CR or NUL would be run as a formula by Excel, so it gets a leading apostrophe,
/// which Excel shows as text.
/// </summary>
internal static class SpreadsheetText
{
    public static string Neutralize(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? "'" + text : text;
}
