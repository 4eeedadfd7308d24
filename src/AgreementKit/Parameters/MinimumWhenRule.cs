using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// <c>{"type": "minimumWhen", "field": "contract.copies", "minimum": 3, "when": "leadParty", "equals": "intermediary"}</c>:
/// when <c>when</c> has exactly that value, the number <c>field</c> must be at least <c>minimum</c>. It carries
/// what the schema's own <c>minimum</c> cannot: a floor that depends on another choice, such as one original
/// for each party when a third party signs.
/// </summary>
internal sealed class MinimumWhenRule(string field, decimal minimum, string when, JToken equalsValue) : ParameterRule
{
    public string Field { get; } = field;

    public decimal Minimum { get; } = minimum;

    public string When { get; } = when;

    public JToken EqualsValue { get; } = equalsValue;

    public override string Type => "minimumWhen";

    public override IEnumerable<string> Fields => [Field, When];

    public override void Check(JObject parameters, Func<string, bool> hasFailed, string sourceName, DiagnosticBag bag)
    {
        if (hasFailed(Field) || hasFailed(When) || FieldPath.Find(parameters, When) is not { } whenToken
            || !JToken.DeepEquals(whenToken, EqualsValue))
            return;
        // An absent or non-numeric field is the schema's business (required, type), not this rule's.
        if (FieldPath.Find(parameters, Field) is not { Type: JTokenType.Integer or JTokenType.Float } fieldToken)
            return;
        var value = fieldToken.Value<decimal>();
        if (value >= Minimum)
            return;
        // Located at the number: that is the value to change.
        var shown = EqualsValue.Type == JTokenType.String ? (string)EqualsValue! : EqualsValue.ToString(Newtonsoft.Json.Formatting.None);
        bag.Error(DiagnosticCodes.RuleViolated,
            $"{Field} is {Number(value)}, but must be at least {Number(Minimum)} when {When} is {TextEcho.Shorten(shown)}",
            ValueOrigin.Locate(fieldToken, sourceName, Field));
    }

    private static string Number(decimal value) => value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);
}
