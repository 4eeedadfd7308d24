using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

/// <summary>
/// A floor that depends on another choice, as a pack with an optional third party needs for its number of
/// originals: here months must be at least 24 when the intermediary leads.
/// </summary>
public sealed class MinimumWhenRuleTests
{
    private const string Rules = """
        [{ "type": "minimumWhen", "field": "months", "minimum": 24, "when": "leadParty", "equals": "intermediary" }]
        """;

    private static readonly Lazy<ParameterSchema> Loaded = new(() =>
        ParameterSchema.LoadAsync(SchemaJson, JToken.Parse(Rules), "test-pack/manifest.json").GetAwaiter().GetResult());

    private static IReadOnlyList<Diagnostic> Check(string leadParty, string months) =>
        Loaded.Value.Validate(Read(Valid
            .Replace("\"leadParty\": \"company\"", $"\"leadParty\": \"{leadParty}\"", StringComparison.Ordinal)
            .Replace("\"months\": 12", $"\"months\": {months}", StringComparison.Ordinal)), "params.json");

    [Fact]
    public void Too_small_a_number_under_the_choice_is_reported_at_the_number()
    {
        var error = Assert.Single(Check("intermediary", "12"));

        Assert.Equal(DiagnosticCodes.RuleViolated, error.Code);
        Assert.Equal("months is 12, but must be at least 24 when leadParty is intermediary", error.Message);
        AssertAt(error, 8, 13, "months");
    }

    [Theory]
    [InlineData("intermediary", "24")]
    [InlineData("intermediary", "36")]
    [InlineData("company", "12")]
    [InlineData("agent", "1")]
    public void The_floor_holds_only_under_the_choice(string leadParty, string months)
    {
        Assert.Empty(Check(leadParty, months));
    }

    [Fact]
    public void A_number_that_failed_its_own_check_is_reported_once()
    {
        var error = Assert.Single(Check("intermediary", "0"));
        Assert.NotEqual(DiagnosticCodes.RuleViolated, error.Code);
        Assert.Equal("months", error.Location.Path);
    }

    [Theory]
    [InlineData("""[{ "type": "minimumWhen", "field": "months", "minimum": "3", "when": "leadParty", "equals": "intermediary" }]""",
        "rules[0]: a minimumWhen rule needs \"field\", a number \"minimum\", \"when\" and \"equals\"")]
    [InlineData("""[{ "type": "minimumWhen", "field": "months", "minimum": 3, "when": "leadParty" }]""",
        "rules[0]: a minimumWhen rule needs \"field\", a number \"minimum\", \"when\" and \"equals\"")]
    [InlineData("""[{ "type": "minimumWhen", "field": "copies", "minimum": 3, "when": "leadParty", "equals": "intermediary" }]""",
        "a minimumWhen rule names copies, which the schema does not declare")]
    public async Task Broken_rules_are_pack_errors(string rules, string message)
    {
        var error = await Assert.ThrowsAsync<AgreementKitException>(() => ParameterSchema.LoadAsync(SchemaJson, JToken.Parse(rules), "p/manifest.json"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.PackInvalid, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }
}
