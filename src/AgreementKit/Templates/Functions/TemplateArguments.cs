using System.Globalization;
using System.Numerics;

namespace AgreementKit.Templates.Functions;

/// <summary>
/// Turns the values Scriban passes to a function (parameter numbers arrive as long or decimal, template
/// literals as int, long or double) into the type a formatter needs. Text is never read as a number: a
/// template that passes "12" where an amount belongs has a bug worth reporting.
/// </summary>
internal static class TemplateArguments
{
    public static decimal ToDecimal(object? value, string function)
    {
        switch (value)
        {
            case decimal d:
                return d;
            case long or int or short or byte:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case double or float:
                var real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                // The decimal conversion keeps 15 significant digits, which turns a literal such as 12345.67
                // (a double in Scriban) back into exactly 12345.67 and drops binary noise (0.1 + 0.2).
                if (double.IsFinite(real) && Math.Abs(real) < 7.9e28)
                    return Convert.ToDecimal(real, CultureInfo.InvariantCulture);
                break;
            case BigInteger big when big >= (BigInteger)decimal.MinValue && big <= (BigInteger)decimal.MaxValue:
                return (decimal)big;
        }
        throw new TemplateFunctionException($"{function} expects a number, not {Describe(value)}.");
    }

    public static long ToWholeNumber(object? value, string function)
    {
        switch (value)
        {
            case long l:
                return l;
            case int or short or byte:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        if (value is decimal or double or float or BigInteger)
        {
            var number = ToDecimal(value, function);
            if (decimal.Truncate(number) == number && number >= long.MinValue && number <= long.MaxValue)
                return (long)number;
        }
        throw new TemplateFunctionException($"{function} expects a whole number, not {Describe(value)}.");
    }

    public static string ToText(object? value, string function) =>
        value as string ?? throw new TemplateFunctionException($"{function} expects a text value, not {Describe(value)}.");

    private static string Describe(object? value) => value switch
    {
        null => "an empty value",
        string s => $"the text \"{(s.Length <= 20 ? s : s[..20] + "…")}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => "a list or an object",
    };
}
