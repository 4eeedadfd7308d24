using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// <c>{"type": "requiredWhen", "field": "intermediary", "when": "leadParty", "equals": "intermediary"}</c>:
/// <c>field</c> must be present when <c>when</c> has exactly that value (same JSON type, ordinal text).
/// </summary>
internal sealed class RequiredWhenRule(string field, string when, JToken equalsValue) : ParameterRule
{
    public string Field { get; } = field;

    public string When { get; } = when;

    public JToken EqualsValue { get; } = equalsValue;

    public override string Type => "requiredWhen";

    public override IEnumerable<string> Fields => [Field, When];

    public override void Check(JObject parameters, Func<string, bool> hasFailed, string sourceName, DiagnosticBag bag)
    {
        if (hasFailed(When) || FieldPath.Find(parameters, When) is not { } whenToken
            || !JToken.DeepEquals(whenToken, EqualsValue))
            return;
        if (FieldPath.Find(parameters, Field) is not null)
            return;
        // Located at the value that makes the field necessary: that is the line the user chose.
        var shown = EqualsValue.Type == JTokenType.String ? (string)EqualsValue! : EqualsValue.ToString(Newtonsoft.Json.Formatting.None);
        bag.Error(DiagnosticCodes.MissingField, $"{Field} is required when {When} is {TextEcho.Shorten(shown)}",
            ValueOrigin.Locate(whenToken, sourceName, Field));
    }
}
