using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>Reads the <c>rules</c> array of a pack manifest; a broken rule is a pack error (AK2003).</summary>
internal static class ParameterRuleParser
{
    public static IReadOnlyList<ParameterRule> Parse(JToken? rules, string packName, DiagnosticBag bag)
    {
        var parsed = new List<ParameterRule>();
        if (rules is null || rules.Type == JTokenType.Null)
            return parsed;
        if (rules is not JArray array)
        {
            bag.Error(DiagnosticCodes.PackInvalid, "rules must be a list of rule objects", Where(rules, packName, "rules"));
            return parsed;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"rules[{i}]";
            if (array[i] is not JObject rule)
            {
                bag.Error(DiagnosticCodes.PackInvalid, $"{path} must be an object", Where(array[i], packName, path));
                continue;
            }
            var type = Text(rule, "type");
            ParameterRule? result = type switch
            {
                "dateOrder" when Text(rule, "start") is { } start && Text(rule, "end") is { } end => new DateOrderRule(start, end),
                "requiredWhen" when Text(rule, "field") is { } field && Text(rule, "when") is { } when && rule["equals"] is { } equals =>
                    new RequiredWhenRule(field, when, equals.DeepClone()),
                _ => null,
            };
            if (result is null)
                bag.Error(DiagnosticCodes.PackInvalid, type is "dateOrder" or "requiredWhen"
                        ? $"{path}: a {type} rule needs {(type == "dateOrder" ? "\"start\" and \"end\"" : "\"field\", \"when\" and \"equals\"")}"
                        : $"{path}: unknown rule type {TextEcho.Quote(type ?? "")}; known types are dateOrder and requiredWhen",
                    Where(rule, packName, path));
            else
                parsed.Add(result);
        }
        return parsed;
    }

    private static string? Text(JObject rule, string name) =>
        rule.TryGetValue(name, StringComparison.Ordinal, out var value) && value.Type == JTokenType.String ? (string?)value : null;

    private static SourceLocation Where(JToken token, string packName, string path)
    {
        if (ValueOrigin.Of(token) is not null)
            return ValueOrigin.Locate(token, packName, path);
        // A manifest read by the pack loader may carry Newtonsoft line info instead.
        var info = (Newtonsoft.Json.IJsonLineInfo)token;
        return info.HasLineInfo()
            ? new SourceLocation { File = packName, Line = info.LineNumber, Column = info.LinePosition, Path = path }
            : new SourceLocation { File = packName, Path = path };
    }
}
