using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Puts user values into messages safely: at most <see cref="MaxLength"/> characters, and every
/// character the text policy forbids written as <c>\u202E</c>, so an error message can never carry a
/// bidi override or a control character to the user's terminal.
/// </summary>
internal static class TextEcho
{
    public const int MaxLength = 80;

    /// <summary>The value in single quotes, cut to <see cref="MaxLength"/> characters with "…".</summary>
    public static string Quote(string value) => "'" + Shorten(value) + "'";

    /// <summary>A short description of a value of any JSON type, e.g. <c>text '24小时'</c> or <c>the number 3.5</c>.</summary>
    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => "text " + Quote((string)token!),
        JTokenType.Integer or JTokenType.Float => "the number " + Shorten(token.ToString(Formatting.None)),
        JTokenType.Boolean => (bool)token! ? "true" : "false",
        JTokenType.Null => "null",
        JTokenType.Object => "an object { … }",
        JTokenType.Array => "a list [ … ]",
        _ => "a value",
    };

    /// <summary>Formats a code point as <c>U+XXXX</c>.</summary>
    public static string CodePoint(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The value cut to <see cref="MaxLength"/> characters, forbidden characters made visible.</summary>
    public static string Shorten(string value)
    {
        var output = new StringBuilder();
        var fitted = 0; // length of the output that still leaves room for "…"
        for (var i = 0; i < value.Length;)
        {
            var codePoint = CodePointPolicy.CodePointAt(value, i, out var width);
            output.Append(CodePointPolicy.Classify(value, i) is null
                ? value.AsSpan(i, width)
                : "\\u{" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + "}");
            if (output.Length > MaxLength)
                return output.ToString(0, fitted) + "…";
            if (output.Length <= MaxLength - 1)
                fitted = output.Length;
            i += width;
        }
        return output.ToString();
    }
}
