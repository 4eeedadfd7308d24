using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Lint;

/// <summary>
/// An example file once per value of the pack's variant parameter (manifest <c>"variants"</c>, e.g. the
/// <c>leadParty</c> enum), so that every party's supplementary clauses are rendered. The value is replaced in the text itself, leaving every other line and column as
/// in the file, so that diagnostics still point into it.
/// </summary>
internal static class ExampleVariants
{
    /// <summary>(value or null, text) pairs; the example alone when the pack or the file has no variant value.</summary>
    public static IEnumerable<(string? Value, string Text)> Of(string text, string sourceName, string? variant, IReadOnlyList<string> values)
    {
        var read = new ParameterReader().ReadText(text, sourceName);
        if (variant is null || values.Count == 0 || read.Document?[variant] is not JValue { Type: JTokenType.String } current || ValueOrigin.Of(current) is not { } origin)
        {
            yield return (null, text);
            yield break;
        }

        var positions = new TextPositions(text);
        var start = positions.OffsetOf(origin.Line, origin.Column);
        var end = EndOfString(text, start);
        if (end < 0)
        {
            yield return (null, text);
            yield break;
        }

        foreach (var value in values)
            yield return (value, string.Concat(text.AsSpan(0, start), JsonConvert.ToString(value), text.AsSpan(end)));
    }

    /// <summary>The offset just past the closing quote of the JSON string starting at <paramref name="start"/>, or -1.</summary>
    private static int EndOfString(string text, int start)
    {
        if (start >= text.Length || text[start] != '"') return -1;
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') return i + 1;
        }

        return -1;
    }
}
