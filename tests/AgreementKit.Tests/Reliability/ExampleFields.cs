using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// Every string parameter of every shipped example, per pack × locale × lead party, and whether the
/// template prints the example's value verbatim (then a replacement must appear verbatim too).
/// </summary>
internal static class ExampleFields
{
    public sealed record Field(string Pack, string Locale, string Lead, string Path, bool Printed)
    {
        public override string ToString() => $"{ExampleCases.Tag(Pack, Locale, Lead)}: {Path}";
    }

    private static readonly Lazy<IReadOnlyList<Field>> AllFields = new(Load);

    public static IReadOnlyList<Field> All => AllFields.Value;

    private static IReadOnlyList<Field> Load()
    {
        var fields = new List<Field>();
        foreach (var (pack, locale, lead) in ExampleCases.All())
        {
            var json = ExampleCases.Parameters(pack, locale, lead ?? "-");
            var text = PipelineOracle.Squeeze(System.Text.Encoding.UTF8.GetString(
                ExampleCases.Engine.WriteToArray(ExampleCases.Assemble(pack, locale, lead ?? "-"), OutputFormat.Text)));
            foreach (var value in json.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String))
                fields.Add(new Field(pack, locale, lead ?? "-", value.Path, text.Contains(PipelineOracle.Squeeze((string)value!), StringComparison.Ordinal)));
        }

        return fields;
    }

    /// <summary>The example of <paramref name="field"/>'s case with that field's value replaced, as UTF-8 JSON bytes.</summary>
    public static byte[] WithValue(Field field, string value)
    {
        const string placeholder = "\uE000placeholder\uE000";
        var json = ExampleCases.Parameters(field.Pack, field.Locale, field.Lead);
        ((JValue)json.SelectToken(field.Path)!).Value = placeholder;
        var text = json.ToString().Replace("\"" + placeholder + "\"", HostileText.JsonLiteral(value), StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
