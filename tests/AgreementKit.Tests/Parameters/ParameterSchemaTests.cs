using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

public sealed class ParameterSchemaTests
{
    /// <summary>The valid document with one top-level line replaced; line 8 is <c>"months": 12</c>.</summary>
    internal static IReadOnlyList<Diagnostic> ValidateWith(string monthsLine) =>
        Validate(Valid.Replace("\"months\": 12", monthsLine, StringComparison.Ordinal));

    [Fact]
    public void Valid_document_has_no_diagnostics_and_becomes_a_parameter_set()
    {
        var result = Schema.Check(Read(Valid), "params.json");

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("params.json", result.Parameters!.SourceName);
        Assert.Equal("华夏科技有限公司", (string)result.Parameters.Values["company"]!["name"]!);
    }

    [Fact]
    public void Missing_field_is_located_at_the_object_it_belongs_in_with_its_description()
    {
        var diagnostics = Validate(Valid.Replace(",\n    \"legalRepresentative\": \"张三\"", "", StringComparison.Ordinal));

        var error = Single(diagnostics, DiagnosticCodes.MissingField);
        AssertAt(error, 2, 14, "company.legalRepresentative");
        Assert.Equal("company.legalRepresentative is missing (法定代表人)", error.Message);
    }

    /// <summary>A months line with a value of the wrong type, and the message it gets.</summary>
    public static TheoryData<string, string> WrongTypes => new()
    {
        { "\"months\": \"24小时\"", "months: expected a whole number, got text '24小时'" },
        { "\"months\": 3.5", "months: expected a whole number, got the number 3.5" },
        { "\"months\": 12.0", "months: expected a whole number, got the number 12.0" },
        { "\"months\": \"\uFF17\"", "months: expected a whole number, got text '\uFF17'" },
        { "\"months\": \"12\"", "months: expected a whole number, got text '12'" },
        { "\"months\": true", "months: expected a whole number, got true" },
        { "\"months\": [12]", "months: expected a whole number, got a list [ … ]" },
        { "\"months\": 12, \"rate\": \"5\"", "rate: expected a number, got text '5'" },
        { "\"months\": 12, \"signed\": \"true\"", "signed: expected true or false, got text 'true'" },
        { "\"months\": 12, \"number\": 2025", "number: expected text, got the number 2025" },
        { "\"months\": 12, \"items\": {}", "items: expected a list [ … ], got an object { … }" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Wrong_types_are_never_coerced(string line, string message)
    {
        var error = Single(ValidateWith(line), DiagnosticCodes.WrongType);
        Assert.Equal(message, error.Message);
        Assert.Equal(8, error.Location.Line);
    }

    [Fact]
    public void Wrong_type_is_located_at_the_value()
    {
        var error = Single(ValidateWith("\"months\": \"24小时\""), DiagnosticCodes.WrongType);
        AssertAt(error, 8, 13, "months");
    }

    [Fact]
    public void Text_where_an_object_belongs_is_one_type_error_not_a_cascade()
    {
        var diagnostics = Validate(Valid.Replace("{ \"start\": \"2025-01-01\", \"end\": \"2025-12-31\" }", "\"2025\"", StringComparison.Ordinal));

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal("term: expected an object { … }, got text '2025'", error.Message);
    }

    [Fact]
    public void Enum_lists_the_allowed_values_and_matches_exactly()
    {
        var error = Single(Validate(Valid.Replace("\"leadParty\": \"company\"", "\"leadParty\": \"boss\"", StringComparison.Ordinal)),
            DiagnosticCodes.NotAllowedValue);
        Assert.Equal("leadParty: 'boss' is not one of company, agent, intermediary", error.Message);
        AssertAt(error, 6, 16, "leadParty");

        Assert.Equal(DiagnosticCodes.NotAllowedValue, Assert.Single(
            Validate(Valid.Replace("\"leadParty\": \"company\"", "\"leadParty\": \"Company\"", StringComparison.Ordinal))).Code);
    }

    /// <summary>A months line with a value out of range, and the message it gets.</summary>
    public static TheoryData<string, string> Ranges => new()
    {
        { "\"months\": 0", "months: 0 is less than the minimum 1" },
        { "\"months\": -5", "months: -5 is less than the minimum 1" },
        { "\"months\": 121", "months: 121 is more than the maximum 120" },
        { "\"months\": 12, \"rate\": 100.5", "rate: 100.5 is more than the maximum 100" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Ranges_name_their_bounds(string line, string message)
    {
        Assert.Equal(message, Single(ValidateWith(line), DiagnosticCodes.OutOfRange).Message);
    }

    /// <summary>term.start values that are not real ISO days, and why.</summary>
    public static TheoryData<string, string> BadDates => new()
    {
        { "2025-02-30", "is not a real date" },
        { "2025-13-45", "is not a real date" },
        { "2023-02-29", "is not a real date" },
        { "2025-1-5", "is not a date written as YYYY-MM-DD" },
        { "2025/01/05", "is not a date written as YYYY-MM-DD" },
        { "2025-01-05T00:00:00", "is not a date written as YYYY-MM-DD" },
        { "\uFF12\uFF10\uFF12\uFF15-01-05", "is not a date written as YYYY-MM-DD" },
        { " 2025-01-05", "is not a date written as YYYY-MM-DD" },
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public void Dates_must_be_real_iso_days(string date, string reason)
    {
        var error = Single(Validate(Valid.Replace("2025-01-01", date, StringComparison.Ordinal)), DiagnosticCodes.BadDate);

        AssertAt(error, 7, 22, "term.start");
        Assert.Equal($"term.start: '{date}' {reason} (for example 2025-01-31)", error.Message);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Real_dates_pass(string date)
    {
        var diagnostics = Validate(Valid.Replace("\"2025-01-01\"", $"\"{date}\"", StringComparison.Ordinal)
            .Replace("\"2025-12-31\"", "\"9999-12-31\"", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Null_is_its_own_error()
    {
        var error = Assert.Single(Validate(Valid.Replace("\"张三\"", "null", StringComparison.Ordinal)));
        Assert.Equal(DiagnosticCodes.NullValue, error.Code);
        AssertAt(error, 4, 28, "company.legalRepresentative");
        Assert.Equal("company.legalRepresentative is null; give a value, or leave the field out if it is optional", error.Message);

        Assert.Equal(DiagnosticCodes.NullValue, Assert.Single(
            Validate(Valid.Replace("\"leadParty\": \"company\"", "\"leadParty\": null", StringComparison.Ordinal))).Code);
    }

    [Fact]
    public void Too_long_text_names_the_limit()
    {
        var name = new string('华', 21);
        var error = Assert.Single(Validate(Valid.Replace("华夏科技有限公司", name, StringComparison.Ordinal)));
        Assert.Equal(DiagnosticCodes.TextTooLong, error.Code);
        Assert.Equal("company.name is 21 characters long; at most 20 are allowed", error.Message);
    }

    [Fact]
    public void Pattern_mismatch_explains_with_the_description()
    {
        var error = Single(ValidateWith("\"months\": 12, \"number\": \"HT-25\""), DiagnosticCodes.PatternMismatch);
        Assert.Equal("number: 'HT-25' is not in the expected form (合同编号，如 HT-2025)", error.Message);
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_a_suggestion_and_do_not_stop_rendering()
    {
        var json = Valid.Replace("\"legalRepresentative\"", "\"legalRepresentatve\"", StringComparison.Ordinal)
            .Replace("\"months\": 12", "\"months\": 12,\n  \"colour\": \"red\"", StringComparison.Ordinal);

        var result = Schema.Check(Read(json), "params.json");

        var missing = Single(result.Diagnostics, DiagnosticCodes.MissingField);
        Assert.Equal("company.legalRepresentative", missing.Location.Path);
        var unknown = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownKey).ToList();
        Assert.Equal(2, unknown.Count);
        Assert.All(unknown, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        AssertAt(unknown[0], 4, 5, "company.legalRepresentatve");
        Assert.Equal("unknown key 'legalRepresentatve' in company; did you mean 'legalRepresentative'?", unknown[0].Message);
        AssertAt(unknown[1], 9, 3, "colour");
        Assert.Equal("unknown key 'colour' in the top level; it is ignored", unknown[1].Message);

        var onlyWarning = Schema.Check(Read(Valid.Replace("\"months\": 12", "\"months\": 12, \"Months\": 1", StringComparison.Ordinal)), "params.json");
        Assert.True(onlyWarning.IsValid);
        Assert.Equal("unknown key 'Months' in the top level; did you mean 'months'?", Assert.Single(onlyWarning.Diagnostics).Message);
    }

    [Fact]
    public void List_items_are_named_by_index()
    {
        var error = Single(ValidateWith("\"months\": 12,\n  \"items\": [{\"title\": \"a\"}, {\"title\": \"b\"}, {\"title\": 3}]"), DiagnosticCodes.WrongType);
        AssertAt(error, 9, 55, "items[2].title");
    }

    [Fact]
    public void Every_problem_comes_back_at_once_ordered_by_line()
    {
        const string json = """
            {
              "company": { "name": "\u202Ex", "legalRepresentatve": "张三" },
              "leadParty": "boss",
              "term": { "start": "2025-02-30", "end": "2020-01-01" },
              "months": "24小时",
              "rate": null,
              "number": "   "
            }
            """;

        var diagnostics = Validate(json);

        Assert.Equal(
            [
                ("AK1101", 2, 14, "company.legalRepresentative"),
                ("AK1203", 2, 24, "company.name"),
                ("AK1106", 2, 35, "company.legalRepresentatve"),
                ("AK1103", 3, 16, "leadParty"),
                ("AK1105", 4, 22, "term.start"),
                ("AK1102", 5, 13, "months"),
                ("AK1107", 6, 11, "rate"),
                ("AK1108", 7, 13, "number"),
                ("AK1110", 7, 13, "number"),
            ],
            diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column, d.Location.Path!)));
    }

    [Fact]
    public void Diagnostics_print_like_a_compiler()
    {
        var error = Single(ValidateWith("\"months\": 0"), DiagnosticCodes.OutOfRange);
        Assert.Equal("params.json(8,13): error AK1104: months: 0 is less than the minimum 1", error.ToString());
    }

    [Fact]
    public async Task Schema_that_refers_outside_itself_is_refused()
    {
        const string schema = """{ "type": "object", "properties": { "a": { "$ref": "https://example.com/a.json" } } }""";

        var error = await Assert.ThrowsAsync<AgreementKitException>(() => ParameterSchema.LoadAsync(schema, null, "p/schema.json"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.PackInvalid, diagnostic.Code);
        Assert.Equal("p/schema.json", diagnostic.Location.File);
    }

    [Fact]
    public async Task Local_references_are_followed()
    {
        const string schema = """
            { "type": "object", "definitions": { "day": { "type": "string", "format": "date" } },
              "properties": { "a": { "$ref": "#/definitions/day" } } }
            """;
        var loaded = await ParameterSchema.LoadAsync(schema, null, "p/schema.json");
        Assert.Equal(DiagnosticCodes.BadDate, Assert.Single(loaded.Validate(Read("{\"a\": \"2025-02-30\"}"), "x.json")).Code);
    }

    [Fact]
    public async Task Malformed_schema_is_a_pack_error()
    {
        var error = await Assert.ThrowsAsync<AgreementKitException>(() => ParameterSchema.LoadAsync("{ \"type\": ", null, "p/schema.json"));
        Assert.Equal(DiagnosticCodes.PackInvalid, Assert.Single(error.Diagnostics).Code);
    }
}
