using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Walks every key and every text value of a parameter document and reports characters that must not
/// come from data (<see cref="CodePointPolicy"/>) and text that is empty or only whitespace. Values are
/// only inspected, never changed: Traditional stays Traditional, U+F900 stays U+F900.
/// </summary>
internal static class TextPolicy
{
    /// <summary>The first forbidden character in <paramref name="text"/> and how many there are.</summary>
    public static (ForbiddenCharacter First, int Index, int Count)? FindForbidden(string text)
    {
        (ForbiddenCharacter, int, int)? found = null;
        for (var i = 0; i < text.Length;)
        {
            CodePointPolicy.CodePointAt(text, i, out var width);
            if (CodePointPolicy.Classify(text, i) is { } forbidden)
                found = found is { } f ? (f.Item1, f.Item2, f.Item3 + 1) : (forbidden, i, 1);
            i += width;
        }
        return found;
    }

    /// <summary>True when the value is empty or consists only of whitespace (including U+3000).</summary>
    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Reports every offending key and text value under <paramref name="root"/>.</summary>
    public static void Check(JObject root, string sourceName, DiagnosticBag bag)
    {
        foreach (var token in root.DescendantsAndSelf())
        {
            if (token is JProperty property)
                CheckKey(property, sourceName, bag);
            else if (token.Type == JTokenType.String)
                CheckValue((JValue)token, sourceName, bag);
        }
    }

    private static void CheckKey(JProperty property, string sourceName, DiagnosticBag bag)
    {
        if (FindForbidden(property.Name) is not { } found)
            return;
        var parent = property.Parent?.Path ?? "";
        bag.Error(found.First.Code,
            $"the key {TextEcho.Quote(property.Name)} in {FieldPath.Describe(parent)} contains {Describe(found)}",
            ValueOrigin.Locate(property, sourceName, property.Path));
    }

    private static void CheckValue(JValue value, string sourceName, DiagnosticBag bag)
    {
        var text = (string)value!;
        var forbidden = FindForbidden(text);
        if (forbidden is null && !IsBlank(text)) return; // the usual case: no path or location to work out
        var path = value.Path;
        var location = ValueOrigin.Locate(value, sourceName, path);
        if (forbidden is { } found)
            bag.Error(found.First.Code, $"{FieldPath.Describe(path)} contains {Describe(found)}: {TextEcho.Quote(text)}", location);
        else if (IsBlank(text))
            bag.Error(DiagnosticCodes.BlankText,
                text.Length == 0 ? $"{FieldPath.Describe(path)} is empty; give a value or leave the field out if it is optional"
                    : $"{FieldPath.Describe(path)} holds only spaces; give a value or leave the field out if it is optional",
                location);
    }

    private static string Describe((ForbiddenCharacter First, int Index, int Count) found)
    {
        var more = found.Count > 1 ? $" (and {found.Count - 1} more not allowed)" : "";
        return $"{TextEcho.CodePoint(found.First.CodePoint)}, {found.First.What}, at character {found.Index + 1}{more}; remove it";
    }
}
