using System.Globalization;

namespace AgreementKit.Parameters;

/// <summary>
/// The only date form parameters accept: <c>YYYY-MM-DD</c> with ASCII digits, naming a day that exists
/// (2025-02-30 does not). Written here because a format validator that accepts more would be an
/// invisible coercion.
/// </summary>
internal static class IsoDate
{
    /// <summary>True when <paramref name="text"/> has the shape YYYY-MM-DD, whether or not the day exists.</summary>
    public static bool HasShape(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') is false
        && text.AsSpan(5, 2).ContainsAnyExceptInRange('0', '9') is false
        && text.AsSpan(8, 2).ContainsAnyExceptInRange('0', '9') is false;

    /// <summary>The date, when <paramref name="text"/> is a real day written as YYYY-MM-DD.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        return HasShape(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
