using System.Globalization;
using System.Numerics;
using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;
using Scriban.Runtime;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// Builds the template's variables from validated JSON parameters: objects become script objects with their
/// keys unchanged, arrays script arrays, integers long, other numbers decimal. Only these plain containers
/// reach a template, never .NET objects whose members reflection would expose.
/// </summary>
internal static class ParameterGlobals
{
    public static ScriptObject Build(JObject parameters, DiagnosticBag diagnostics) =>
        ToObject(parameters, diagnostics);

    private static ScriptObject ToObject(JObject json, DiagnosticBag diagnostics)
    {
        var result = new ScriptObject();
        foreach (var property in json.Properties())
            result[property.Name] = ToValue(property.Value, diagnostics);
        return result;
    }

    private static object? ToValue(JToken token, DiagnosticBag diagnostics)
    {
        switch (token)
        {
            case JObject obj:
                return ToObject(obj, diagnostics);
            case JArray array:
                var list = new ScriptArray();
                foreach (var item in array)
                {
                    if (item.Type != JTokenType.Comment)
                        list.Add(ToValue(item, diagnostics));
                }
                return list;
            case JValue value:
                return ToScalar(value, diagnostics);
            default:
                return Unsupported(token, "this kind of value", diagnostics);
        }
    }

    private static object? ToScalar(JValue value, DiagnosticBag diagnostics)
    {
        switch (value.Type)
        {
            case JTokenType.String:
                return (string)value.Value!;
            case JTokenType.Boolean:
                return (bool)value.Value!;
            case JTokenType.Integer:
                return value.Value switch
                {
                    BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
                    BigInteger big when big >= (BigInteger)decimal.MinValue && big <= (BigInteger)decimal.MaxValue => (decimal)big,
                    BigInteger => Unsupported(value, "a number this large", diagnostics),
                    var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
                };
            case JTokenType.Float:
                return value.Value switch
                {
                    decimal d => d,
                    double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => Convert.ToDecimal(d, CultureInfo.InvariantCulture),
                    _ => Unsupported(value, "this number", diagnostics),
                };
            case JTokenType.Date:
                // A reader left at Newtonsoft's default turns "2025-01-01" into a DateTime; templates expect the
                // ISO text the schema describes, so give it back in that form.
                return value.Value switch
                {
                    DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    DateTimeOffset date => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    _ => Unsupported(value, "this date", diagnostics),
                };
            case JTokenType.Null:
            case JTokenType.Undefined:
                diagnostics.Error(DiagnosticCodes.NullValue, "A parameter is null; give it a value or leave it out.", SourceLocation.ForPath(value.Path));
                return null;
            default:
                return Unsupported(value, "this kind of value", diagnostics);
        }
    }

    private static object? Unsupported(JToken token, string what, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.WrongType, $"Templates cannot use {what}; parameters hold text, numbers, true/false, lists and objects.", SourceLocation.ForPath(token.Path));
        return null;
    }
}
