using System.Text.RegularExpressions;

namespace AgreementKit.Tests.Support;

/// <summary>
/// Finds what a message must not say to a pack author or an HR user: .NET type and member names
/// (<c>ReferenceHandler.Preserve</c>, <c>IEnumerable</c>, <c>DateTime</c>), <c>System.</c> names, and C# type
/// keywords given as the type of a value (<c>`double`</c>, <c>(int)</c>). Values the input supplied are
/// echoed in quotes, and file names are the user's or the pack's; neither is searched.
/// </summary>
internal static partial class DotNetNames
{
    // Words that look like identifiers but are what users and tools are called.
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "NaN", "LibreOffice", "OpenCC" };

    /// <summary>The offending words of <paramref name="message"/>, empty when it is clean.</summary>
    public static IReadOnlyList<string> In(string message)
    {
        var own = FileName().Replace(Echoed().Replace(message, "''"), "file");
        return [.. Name().Matches(own).Select(m => m.Value).Where(w => !Words.Contains(w))];
    }

    // 'value' as TextEcho quotes it; file names and paths in parentheses are ours, so only single quotes go.
    [GeneratedRegex(@"'[^'\n]*'")]
    private static partial Regex Echoed();

    [GeneratedRegex(@"[^\s(),]+\.(ttf|otf|ttc|json|jsonl|scriban|csv|xlsx|docx|pdf|md|txt)\b")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\bSystem\.\w+|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b|\b[A-Z][A-Z][a-z]+\w*|[`(](?:int|long|double|float|decimal|bool|object|string|char|byte|short)[`)]")]
    private static partial Regex Name();
}
