using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Comparison;

/// <summary>The parameters whose values differ between two parameter objects, leaf by leaf, in the new object's order, then those only the old one had.</summary>
internal static class ParameterDiff
{
    public static List<ParameterChange> Compare(JObject old, JObject @new)
    {
        var before = Leaves(old).ToDictionary(l => l.Path, l => l.Value, StringComparer.Ordinal);
        var after = Leaves(@new).ToList();
        var changes = new List<ParameterChange>();
        foreach (var (path, value) in after)
        {
            if (!before.TryGetValue(path, out var was)) changes.Add(new ParameterChange(path, null, value));
            else if (!string.Equals(was, value, StringComparison.Ordinal)) changes.Add(new ParameterChange(path, was, value));
        }

        var now = after.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(Leaves(old).Where(l => !now.Contains(l.Path)).Select(l => new ParameterChange(l.Path, l.Value, null)));
        return changes;
    }

    private static IEnumerable<(string Path, string Value)> Leaves(JToken token, string prefix = "")
    {
        switch (token)
        {
            case JObject o:
                foreach (var p in o.Properties())
                    foreach (var leaf in Leaves(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}")) yield return leaf;
                break;
            case JArray a when a.Count > 0:
                for (var i = 0; i < a.Count; i++)
                    foreach (var leaf in Leaves(a[i], string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]"))) yield return leaf;
                break;
            case JArray:
                yield return (prefix, "[]");
                break;
            case JValue { Type: JTokenType.String } s:
                yield return (prefix, (string)s!);
                break;
            default:
                yield return (prefix, token.ToString(Formatting.None));
                break;
        }
    }
}
