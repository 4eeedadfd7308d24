using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Forms;

/// <summary>One allowed value of an enum and the words shown for it.</summary>
/// <param name="Value">The value as the parameters hold it.</param>
/// <param name="Label">What the user reads, e.g. 每季度 for <c>quarter</c>.</param>
internal sealed record ChoiceOption(JToken Value, string Label)
{
    /// <summary>The option's value in the page: the text itself for strings, JSON for anything else.</summary>
    public string FormValue => Value.Type == JTokenType.String ? (string)Value! : Value.ToString(Newtonsoft.Json.Formatting.None);
}
