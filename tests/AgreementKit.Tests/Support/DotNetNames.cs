using System.Text.RegularExpressions;

namespace AgreementKit.Tests.Support;

/// <summary>
/// Finds what a message must not say to a pack author or an HR user: .NET type and member names
/// (<c>ReferenceHandler.Preserve</c>, <c>IEnumerable</c>, <c>DateTime</c>), <c>System.</c> names, and C# type
/// keywords given as the type of a value (<c>`double`</c>, <c>(int)</c>). Values the input supplied are
/// echoed in quotes; they are the user's own words and are not searched.
/// </summary>
internal static partial class DotNetNames
{
    /// <summary>The offending words of <paramref name="message"/>, empty when it is clean.</summary>
    public static IReadOnlyList<string> In(string message)
    {
        var own = Echoed().Replace(message, "''");
        return [.. Name().Matches(own).Select(m => m.Value)];
    }

    // 'value' as TextEcho quotes it; file names and paths in parentheses are ours, so only single quotes go.
    [GeneratedRegex(@"'[^'\n]*'")]
    private static partial Regex Echoed();

    [GeneratedRegex(@"\bSystem\.\w+|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b|\bI[A-Z][a-z]+\w*|[`(](?:int|long|double|float|decimal|bool|object|string|char|byte|short)[`)]")]
    private static partial Regex Name();
}
