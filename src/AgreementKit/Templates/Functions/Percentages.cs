using System.Globalization;

namespace AgreementKit.Templates.Functions;

/// <summary>Percentages as written in clauses: 92.5 → 92.5%, 90 → 90%.</summary>
internal static class Percentages
{
    public static string Format(decimal value) =>
        // The custom format drops trailing zeros (90.0 → 90) without switching to exponent notation.
        value.ToString("0.############################", CultureInfo.InvariantCulture) + "%";
}
