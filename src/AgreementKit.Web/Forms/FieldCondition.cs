using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Forms;

/// <summary>
/// When a field applies, from a pack's <c>requiredWhen</c> rule: <c>intermediary</c> is shown (and sent)
/// only while <c>leadParty</c> equals <c>"intermediary"</c>. A field with several such rules applies when any holds.
/// </summary>
/// <param name="When">The dotted path of the field the rule looks at.</param>
/// <param name="EqualsValue">The value that makes the field apply.</param>
internal sealed record FieldCondition(string When, JToken EqualsValue);
