using AgreementKit.Diagnostics;

namespace AgreementKit.Parameters;

/// <summary>
/// Plain words for a JSON syntax error. System.Text.Json exposes no error kind, only an English
/// message, so the kind is recognised from stable phrases of that message (the runtime is pinned and
/// a test covers each phrase) and the words are written here from what the scanner knew: the key,
/// the list, the character found. Nothing of the library's wording or type names reaches the user.
/// </summary>
internal static class JsonSyntaxMessage
{
    public static string Describe(string libraryMessage, JsonSyntaxContext context)
    {
        var open = context.Open;
        var found = context.Found ?? "the end of the file";
        var where = open is null ? "the top level" : FieldPath.Describe(open.Path);
        bool Has(string phrase) => libraryMessage.Contains(phrase, StringComparison.Ordinal);

        if (context.Found == "'/'")
            return "comments are not allowed in JSON; remove the text starting with '/'";
        // At the end of the file the library's wording varies with what was open; the cause does not.
        if (context.Found is null && open is not null && !Has("end of string"))
        {
            var (line, column) = context.Lines.Locate(open.StartOffset);
            var bracket = open.IsObject ? "'}'" : "']'";
            return $"the file ends before {where} (opened at line {line}, column {column}) is closed with {bracket}";
        }
        if (Has("trailing comma"))
            return open is { IsObject: false }
                ? $"a ',' after the last item of {where} is not allowed in JSON; remove it"
                : $"a ',' after the last value in {where} is not allowed in JSON; remove it";
        if (Has("start of a property name"))
            return context.Found == "'''"
                ? $"keys must be in double quotes (\"name\"), not single quotes, in {where}"
                : $"expected a key in double quotes in {where}, found {found}";
        if (Has("after a property name"))
            return $"expected ':' after a key in {where}, found {found}";
        if (Has("after a value"))
            return AfterValue(open, found, context.Found == "'\"'");
        if (Has("start of a value"))
            return StartOfValue(open, context.Found, found);
        if (Has("JSON literal"))
            return $"{Value(open)}: expected true, false or null; text must be in double quotes";
        if (Has("number") || Has("leading zero"))
            return $"{Value(open)} is not a valid JSON number; write numbers like 12, -3 or 4.5, without leading zeros or a '+'";
        if (Has("escapable") || Has("hex digit"))
            return $"{Value(open)}: invalid escape in text; write a backslash as \\\\ and a quote as \\\"";
        if (Has("within a JSON string"))
            return $"{Value(open)}: a control character ({found}) cannot appear inside text in double quotes, and no field allows tabs or line breaks";
        if (Has("end of string"))
            return $"the text of {Value(open)} is never closed with '\"'";
        if (Has("after a single JSON value"))
            return $"unexpected {found} after the end of the parameters object; the file must hold exactly one object";
        return $"this is not valid JSON here (found {found})";
    }

    private static string AfterValue(Frame? open, string found, bool quoteFound)
    {
        var hint = quoteFound ? "; is a comma missing?" : $", found {found}";
        if (open is null)
            return $"unexpected {found} after the end of the parameters object";
        return open.IsObject
            ? $"expected ',' or '}}' after the value of \"{DisplayText.Safe(open.CurrentKey ?? "")}\"{hint}"
            : $"expected ',' or ']' after {open.PathOfLast()}{hint}";
    }

    private static string StartOfValue(Frame? open, string? foundRaw, string found)
    {
        var target = Value(open);
        return foundRaw switch
        {
            "'''" => $"{target}: text must be in double quotes (\"…\"), not single quotes",
            "'N'" or "'I'" => $"{target}: NaN and Infinity are not numbers in JSON",
            "'}'" or "']'" or "','" or null => $"{target} has no value",
            _ => $"{target}: expected a value (text in double quotes, a number, true, false, an object or a list), found {found}",
        };
    }

    /// <summary>The value being read when the error happened, named by its path.</summary>
    private static string Value(Frame? open) => open is null ? "the top level" : FieldPath.Describe(open.PathOfCurrent());
}
