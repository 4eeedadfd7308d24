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
                "minimumWhen" when Text(rule, "field") is { } field && Number(rule, "minimum") is { } minimum
                                   && Text(rule, "when") is { } when && rule["equals"] is { } equals =>
                    new MinimumWhenRule(field, minimum, when, equals.DeepClone()),
                _ => null,
            };
            if (result is null)
                bag.Error(DiagnosticCodes.PackInvalid, type switch
                    {
                        "dateOrder" => $"{path}: a dateOrder rule needs \"start\" and \"end\"",
                        "requiredWhen" => $"{path}: a requiredWhen rule needs \"field\", \"when\" and \"equals\"",
                        "minimumWhen" => $"{path}: a minimumWhen rule needs \"field\", a number \"minimum\", \"when\" and \"equals\"",
                        _ => $"{path}: unknown rule type {TextEcho.Quote(type ?? "")}; known types are dateOrder, requiredWhen and minimumWhen",
                    },
                    Where(rule, packName, path));
            else
            {
                result.Declaration = Where(rule, packName, path);
                parsed.Add(result);
            }
        }
        return parsed;
    }

    private static decimal? Number(JObject rule, string name) =>
        rule.TryGetValue(name, StringComparison.Ordinal, out var value) && value.Type is JTokenType.Integer or JTokenType.Float ? value.Value<decimal>() : null;

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
