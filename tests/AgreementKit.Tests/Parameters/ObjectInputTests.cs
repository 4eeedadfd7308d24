using AgreementKit.Diagnostics;
using AgreementKit.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Parameters;

/// <summary>
/// Parameters handed over as a JSON object (<see cref="AgreementParameters.FromJObject"/>, batch rows) are
/// validated as the object they are: problems are named by field path and by the place each value came
/// from, never by a line of JSON text the caller never saw, and the document is the one the same JSON file
/// gives.
/// </summary>
public sealed class ObjectInputTests
{
    private const string Agent = "agent-loyalty-strategy";

    private static JObject Example() => ExampleCases.Parameters(Agent, "zh-Hans", "-");

    [Fact]
    public void Problems_of_an_object_are_named_by_path_without_invented_lines()
    {
        var json = Example();
        json["company"]!["name"] = 5;
        json["fees"]!["amount"] = -1;
        json["contract"]!["nmae"] = "x";

        var diagnostics = ExampleCases.Engine.Validate(Agent, AgreementParameters.FromJObject(json, "object")).Diagnostics;

        Assert.Equal(["company.name", "contract.nmae", "fees.amount"], diagnostics.Select(d => d.Location.Path!).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(("object", 0, 0), (d.Location.File, d.Location.Line, d.Location.Column)));
        Assert.Contains(diagnostics, d => d.ToString().StartsWith("object: contract.nmae: warning AK1106: ", StringComparison.Ordinal)
            || d.ToString().StartsWith("object: warning AK1106: ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_with_dotnet_numbers_renders_exactly_like_the_same_json_file()
    {
        // Every number field gets a double (the file reader gives a decimal), a fraction and a whole one in
        // turn, and every whole number an int (the file reader gives a long).
        var json = Example();
        var numberFields = NumberFields(JObject.Parse(ExampleCases.Engine.GetPack(Agent).SchemaJson), "").ToList();
        Assert.NotEmpty(numberFields);
        for (var i = 0; i < numberFields.Count; i++)
        {
            if (json.SelectToken(numberFields[i]) is JValue value) value.Value = i % 2 == 0 ? 12.5 : 10.0;
        }

        foreach (var whole in json.Descendants().OfType<JValue>().Where(v => v.Value is long).ToList())
            whole.Value = (int)(long)whole.Value!;
        var engine = ExampleCases.Engine;

        var fromObject = engine.Assemble(Agent, AgreementParameters.FromJObject(json), "zh-Hans");
        var fromText = engine.Assemble(Agent, AgreementParameters.FromJson(json.ToString()), "zh-Hans");

        Assert.Equal(engine.WriteToArray(fromText, OutputFormat.Text), engine.WriteToArray(fromObject, OutputFormat.Text));
        Assert.Equal(engine.WriteToArray(fromText, OutputFormat.Docx), engine.WriteToArray(fromObject, OutputFormat.Docx));
    }

    private static IEnumerable<string> NumberFields(JObject schema, string prefix)
    {
        foreach (var property in (schema["properties"] as JObject)?.Properties() ?? [])
        {
            if (property.Value is not JObject field) continue;
            var path = prefix + property.Name;
            if ((string?)field["type"] == "number") yield return path;
            foreach (var inner in NumberFields(field, path + ".")) yield return inner;
        }
    }

    [Fact]
    public void Reading_an_object_leaves_it_as_it_was()
    {
        var json = Example();
        json["fees"]!["amount"] = 1234.5;

        var read = new AgreementKit.Parameters.ParameterReader().Read(json, "object");

        Assert.Equal(1234.5m, ((JValue)read.Document!["fees"]!["amount"]!).Value);
        Assert.Equal(1234.5, ((JValue)json["fees"]!["amount"]!).Value);
    }

    [Theory]
    [InlineData("nan", "AK1104")]
    [InlineData("huge", "AK1104")]
    [InlineData("long text", "AK1004")]
    [InlineData("deep", "AK1005")]
    [InlineData("raw", "AK1102")]
    public void An_object_meets_the_limits_of_a_parameter_file(string what, string code)
    {
        var json = Example();
        JToken value = what switch
        {
            "nan" => new JValue(double.NaN),
            "huge" => new JValue(System.Numerics.BigInteger.Pow(10, 30)),
            "long text" => new string('甲', 10_001),
            "deep" => Enumerable.Range(0, 70).Aggregate((JToken)new JValue(1), (inner, _) => new JObject { ["x"] = inner }),
            _ => new JRaw("{\"a\": 1}"),
        };
        json["company"]!["name"] = value;

        var diagnostics = ExampleCases.Engine.Validate(Agent, AgreementParameters.FromJObject(json, "object")).Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == code && d.IsError && (d.Location.Path ?? "").StartsWith("company.name", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Empty(DotNetNames.In(d.Message)));
    }
}
