using AgreementKit.Parameters;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Parameters;

public sealed class KeySuggestionTests
{
    [Theory]
    [InlineData("nmae", "name")]          // two letters swapped: one slip, not two
    [InlineData("Name", "name")]          // case only
    [InlineData("nam", "name")]
    [InlineData("agent.nmae", "agent.name")]
    [InlineData("phone", null)]           // nothing close
    public void The_closest_known_key_is_suggested_when_it_is_close(string unknown, string? expected)
    {
        Assert.Equal(expected, KeySuggestion.Closest(unknown, ["code", "name", "address", "agent.name", "agent.address"]));
    }

    [Fact]
    public void A_misspelt_key_in_a_parameter_file_is_told_the_field_it_probably_means()
    {
        var json = ExampleCases.Parameters("sales-crm-responsibility", "zh-Hans", "-");
        var salesperson = (Newtonsoft.Json.Linq.JObject)json["salesperson"]!;
        salesperson["nmae"] = salesperson["name"]!.DeepClone();

        var warning = Assert.Single(ExampleCases.Engine.Validate("sales-crm-responsibility", AgreementParameters.FromJson(json.ToString())).Diagnostics);

        Assert.Equal("AK1106", warning.Code);
        Assert.Contains("did you mean 'name'?", warning.Message, StringComparison.Ordinal);
    }
}
