using AgreementKit.Parameters;

namespace AgreementKit.Templates.Functions;

/// <summary>A date a template passes to a <c>zh.</c> function, read by the parameters' own date rule.</summary>
internal static class DateArgument
{
    public static DateOnly Parse(object? value, string function)
    {
        var text = TemplateArguments.ToText(value, function);
        // 2025-1-1, 2025/01/01 or 2025-02-30 are mistakes to report, not to guess at.
        if (IsoDate.TryParse(text, out var date))
            return date;
        var shown = text.Length <= 20 ? text : text[..20] + "…";
        throw new TemplateFunctionException($"\"{shown}\" is not a date written as YYYY-MM-DD (for example 2025-01-31).");
    }
}
