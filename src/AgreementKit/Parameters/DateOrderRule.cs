using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary><c>{"type": "dateOrder", "start": "term.start", "end": "term.end"}</c>: the end is on or after the start.</summary>
internal sealed class DateOrderRule(string start, string end) : ParameterRule
{
    public string Start { get; } = start;

    public string End { get; } = end;

    public override string Type => "dateOrder";

    public override IEnumerable<string> Fields => [Start, End];

    public override void Check(JObject parameters, Func<string, bool> hasFailed, string sourceName, DiagnosticBag bag)
    {
        if (hasFailed(Start) || hasFailed(End))
            return;
        // Absent dates are the schema's business (required or optional), not this rule's.
        if (FieldPath.Find(parameters, Start) is not { Type: JTokenType.String } startToken
            || FieldPath.Find(parameters, End) is not { Type: JTokenType.String } endToken
            || !IsoDate.TryParse((string)startToken!, out var startDate)
            || !IsoDate.TryParse((string)endToken!, out var endDate))
            return;
        if (endDate < startDate)
            bag.Error(DiagnosticCodes.RuleViolated,
                $"{End} ({(string)endToken!}) is before {Start} ({(string)startToken!})",
                ValueOrigin.Locate(endToken, sourceName, End));
    }
}
