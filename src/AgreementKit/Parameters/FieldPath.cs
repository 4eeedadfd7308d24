using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Parameter paths in the dotted form users read (<c>company.name</c>, <c>items[2].title</c>). The
/// spelling follows Newtonsoft's <c>JToken.Path</c> so that paths from the reader, from NJsonSchema and
/// from the tree agree.
/// </summary>
internal static class FieldPath
{
    // The characters for which Newtonsoft switches to the ['key'] form.
    private static readonly char[] SpecialCharacters =
        ['.', ' ', '\'', '/', '"', '[', ']', '(', ')', '\t', '\n', '\r', '\f', '\b', '\\', '\u0085', '\u2028', '\u2029'];

    public static string Child(string parent, string key)
    {
        if (key.Length > 0 && key.IndexOfAny(SpecialCharacters) < 0)
            return parent.Length == 0 ? key : parent + "." + key;
        return parent + "['" + key.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>
    /// How a path is named in a sentence: the root is "the top level". Keys come from the input, so the
    /// path is echoed like a value (<see cref="TextEcho.Shorten"/>): short, with forbidden characters visible.
    /// </summary>
    public static string Describe(string path) => path.Length == 0 ? "the top level" : TextEcho.Shorten(path);

    /// <summary>
    /// Finds a manifest rule path such as <c>term.start</c>: plain property names separated by dots.
    /// Deliberately not JSONPath (<c>SelectToken</c>), so a rule can never be an expression.
    /// </summary>
    public static JToken? Find(JObject root, string dottedPath)
    {
        JToken? current = root;
        foreach (var segment in dottedPath.Split('.'))
        {
            if (current is not JObject obj || !obj.TryGetValue(segment, StringComparison.Ordinal, out current))
                return null;
        }
        return current;
    }

    /// <summary>True when <paramref name="candidate"/> is <paramref name="path"/> or one of its ancestors.</summary>
    public static bool IsSelfOrAncestor(string candidate, string path) =>
        candidate.Length == 0
        || path == candidate
        || (path.StartsWith(candidate, StringComparison.Ordinal)
            && (path[candidate.Length] == '.' || path[candidate.Length] == '['));
}
