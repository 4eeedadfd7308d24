using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

public sealed class ParameterRuleTests
{
    private static IReadOnlyList<Diagnostic> ValidateTerm(string start, string end) =>
        Validate(Valid.Replace("2025-01-01", start, StringComparison.Ordinal).Replace("2025-12-31", end, StringComparison.Ordinal));

    [Fact]
    public void End_before_start_names_both_fields()
    {
        var error = Assert.Single(ValidateTerm("2025-01-01", "2020-01-01"));

        Assert.Equal(DiagnosticCodes.RuleViolated, error.Code);
        Assert.Equal("term.end (2020-01-01) is before term.start (2025-01-01)", error.Message);
        AssertAt(error, 7, 43, "term.end");
    }

    [Fact]
    public void Same_day_is_in_order()
    {
        Assert.Empty(ValidateTerm("2025-01-01", "2025-01-01"));
    }

    [Fact]
    public void Rules_skip_fields_that_failed_their_own_checks()
    {
        var error = Assert.Single(ValidateTerm("2025-02-30", "2020-01-01"));
        Assert.Equal(DiagnosticCodes.BadDate, error.Code);
    }

    [Fact]
    public void Rules_skip_absent_fields_and_leave_that_to_required()
    {
        var diagnostics = Validate(Valid.Replace(", \"end\": \"2025-12-31\"", "", StringComparison.Ordinal));
        Assert.Equal("term.end", Assert.Single(diagnostics).Location.Path);
    }

    [Fact]
    public void Required_when_reports_the_missing_field_at_the_choice_that_needs_it()
    {
        var diagnostics = Validate(Valid.Replace("\"leadParty\": \"company\"", "\"leadParty\": \"intermediary\"", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MissingField, error.Code);
        Assert.Equal("intermediary is required when leadParty is intermediary", error.Message);
        AssertAt(error, 6, 16, "intermediary");
    }

    [Fact]
    public void Required_when_is_satisfied_by_the_field_or_another_value()
    {
        Assert.Empty(Validate(Valid.Replace("\"leadParty\": \"company\"",
            "\"leadParty\": \"intermediary\", \"intermediary\": { \"name\": \"居间方\" }", StringComparison.Ordinal)));
        Assert.Empty(Validate(Valid.Replace("\"leadParty\": \"company\"", "\"leadParty\": \"agent\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Required_when_compares_exactly()
    {
        var diagnostics = Validate(Valid.Replace("\"leadParty\": \"company\"", "\"leadParty\": \"Intermediary\"", StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.NotAllowedValue, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("""[{ "type": "sameAs", "a": "x" }]""", "rules[0]: unknown rule type 'sameAs'; known types are dateOrder, requiredWhen and minimumWhen")]
    [InlineData("""[{ "type": "dateOrder", "start": "term.start" }]""", "rules[0]: a dateOrder rule needs \"start\" and \"end\"")]
    [InlineData("""[{ "type": "requiredWhen", "field": "intermediary", "when": "leadParty" }]""", "rules[0]: a requiredWhen rule needs \"field\", \"when\" and \"equals\"")]
    [InlineData("""[{ "type": "dateOrder", "start": "term.start", "end": "term.ending" }]""", "a dateOrder rule names term.ending, which the schema does not declare")]
    [InlineData("""{ "type": "dateOrder" }""", "rules must be a list of rule objects")]
    public async Task Broken_rules_are_pack_errors(string rules, string message)
    {
        var error = await Assert.ThrowsAsync<AgreementKitException>(() => ParameterSchema.LoadAsync(SchemaJson, JToken.Parse(rules), "p/manifest.json"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.PackInvalid, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public async Task A_rule_naming_an_undeclared_field_is_reported_where_the_rule_is_written()
    {
        const string rules = "[\n  { \"type\": \"dateOrder\", \"start\": \"term.start\", \"end\": \"term.end\" },\n  { \"type\": \"dateOrder\", \"start\": \"term.start\", \"end\": \"term.ending\" }\n]";

        var error = await Assert.ThrowsAsync<AgreementKitException>(() => ParameterSchema.LoadAsync(SchemaJson, JToken.Parse(rules), "p/manifest.json"));

        var location = Assert.Single(error.Diagnostics).Location;
        Assert.Equal(("p/manifest.json", 3, "term.ending"), (location.File, location.Line, location.Path));
        Assert.True(location.Column > 0);
    }

    [Fact]
    public void Loaded_rules_are_exposed()
    {
        Assert.Collection(Schema.Rules,
            r => Assert.Equal(("term.start", "term.end"), (((DateOrderRule)r).Start, ((DateOrderRule)r).End)),
            r => Assert.Equal("intermediary", ((RequiredWhenRule)r).Field));
    }
}
