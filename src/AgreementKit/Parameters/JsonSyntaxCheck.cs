using AgreementKit.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Exact places and plain words for pack files (manifest.json, schema.json) that Newtonsoft reads: its
/// error messages name its own types ("while loading JObject") and its positions point at the end of a
/// token, or at column 0.
/// </summary>
internal static class JsonSyntaxCheck
{
    /// <summary>
    /// The first syntax problem of <paramref name="text"/>, as the strict parameter reader words and places it,
    /// prefixed with <paramref name="what"/>; from Newtonsoft's line alone when the strict reader finds none.
    /// </summary>
    public static Diagnostic Describe(string text, string file, string what, JsonReaderException error)
    {
        var strict = new ParameterReader().ReadText(text, file).Diagnostics.FirstOrDefault(d => d.IsError);
        return strict is not null
            ? Diagnostic.Error(DiagnosticCodes.PackInvalid, $"{what}: {strict.Message}", strict.Location)
            : Diagnostic.Error(DiagnosticCodes.PackInvalid, what, new SourceLocation { File = file, Line = error.LineNumber });
    }

    /// <summary>
    /// Where a token read with Newtonsoft line info starts: its line info marks the end of a value (a string's
    /// closing quote), so the value's JSON spelling is sought back from there on its line.
    /// </summary>
    public static SourceLocation StartOf(JToken token, string text, string file)
    {
        var info = (IJsonLineInfo)token;
        if (!info.HasLineInfo()) return new SourceLocation { File = file };
        var line = Line(text, info.LineNumber);
        var spelling = token is JValue ? token.ToString(Formatting.None) : "";
        var start = info.LinePosition - spelling.Length;
        var exact = spelling.Length > 0 && start >= 0 && start + spelling.Length <= line.Length
            && string.CompareOrdinal(line, start, spelling, 0, spelling.Length) == 0;
        return new SourceLocation { File = file, Line = info.LineNumber, Column = exact ? start + 1 : Math.Max(info.LinePosition, 0) };
    }

    private static string Line(string text, int number)
    {
        using var reader = new StringReader(text);
        string? line = null;
        for (var i = 0; i < number; i++) line = reader.ReadLine();
        return line ?? "";
    }
}
