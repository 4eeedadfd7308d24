using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// Lays a batch row over a <c>--defaults</c> file: objects merge key by key, at any depth; anything
/// else in the row (text, numbers, lists, null) replaces the default whole. Both inputs are left
/// untouched. Every token of the result keeps its <see cref="ValueOrigin"/>, so an error points into
/// the file the value came from.
/// </summary>
internal static class ParameterMerge
{
    private static readonly JsonCloneSettings KeepOrigins = new() { CopyAnnotations = true };

    public static JObject Merge(JObject defaults, JObject overrides)
    {
        var merged = new JObject();
        CopyOrigin(overrides, merged);
        foreach (var property in defaults.Properties())
        {
            var replacement = overrides.Property(property.Name, StringComparison.Ordinal);
            if (replacement is null)
                merged.Add(property.DeepClone(KeepOrigins));
            else if (property.Value is JObject defaultObject && replacement.Value is JObject overrideObject)
            {
                var mergedProperty = new JProperty(property.Name, Merge(defaultObject, overrideObject));
                CopyOrigin(replacement, mergedProperty);
                merged.Add(mergedProperty);
            }
            else
                merged.Add(replacement.DeepClone(KeepOrigins));
        }
        foreach (var property in overrides.Properties())
        {
            if (defaults.Property(property.Name, StringComparison.Ordinal) is null)
                merged.Add(property.DeepClone(KeepOrigins));
        }
        return merged;
    }

    private static void CopyOrigin(JToken from, JToken to)
    {
        if (ValueOrigin.Of(from) is { } origin)
            to.AddAnnotation(origin);
    }
}
