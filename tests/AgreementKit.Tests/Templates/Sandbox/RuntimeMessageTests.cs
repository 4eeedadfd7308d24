using AgreementKit.Diagnostics;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Templates.Sandbox;

/// <summary>
/// Built-in functions and the .NET libraries under them fail with their own words ("Consider using
/// ReferenceHandler.Preserve on JsonSerializerOptions", "Unable to convert type `string` to `double`"). A
/// template author reads ours: what went wrong in template terms, with no .NET type or member names.
/// </summary>
public sealed class RuntimeMessageTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "{{ a = {}; a.b = a; a | object.to_json }}", "contains itself" },
        { "{{ \"x\" | math.round }}", "a number" },
        { "{{ 1 | array.size }}", "a list" },
        { "{{ for x in 5 }}{{ x }}{{ end }}", "a list" },
        { "{{ x = 1; x() }}", "not a function" },
        { "{{ timespan.from_days 1e300 }}", "too large" },
        { "{{ date.add_days \"x\" 1 }}", "a date" },
        { "{{ \"x\" | object.from_json }}", "not valid JSON" },
        { "{{ \"{\" | object.from_json }}", "not valid JSON" },
        { "{{ -\"a\" }}", "`a`" },
        { "{{ [1] + 1 }}", "a list and a whole number" },
        { "{{ \"a\" - 1 }}", "text" },
        { "{{ \"abc\" | string.pad_left \"x\" }}", "a whole number" },
        { "{{ \"a\" | html.strip 1 2 3 }}", "argument" },
        { "{{ math.format 1 \"Q\" }}", "format" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_runtime_error_is_told_in_template_words(string template, string words)
    {
        var diagnostic = Assert.Single(TemplateRendering.Render(template).Diagnostics);

        Assert.Equal(DiagnosticCodes.TemplateRuntime, diagnostic.Code);
        Assert.Empty(DotNetNames.In(diagnostic.Message));
        Assert.Contains(words, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_through_object_to_json_gives_no_advice_about_dotnet_apis()
    {
        var message = Assert.Single(TemplateRendering.Render("{{ a = {}; a.b = a; a | object.to_json }}").Diagnostics).Message;

        Assert.DoesNotContain("ReferenceHandler", message, StringComparison.Ordinal);
        Assert.DoesNotContain("JsonSerializerOptions", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Consider using", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReferenceHandler.Preserve", "ReferenceHandler")]
    [InlineData("Unable to convert type `string` to `double`", "`string`")]
    [InlineData("Unable to convert type `int` to `IEnumerable`", "IEnumerable")]
    [InlineData("Invalid target function `1` (int)", "(int)")]
    [InlineData("Unexpected type `System.Int32` for iterator", "System.Int32")]
    [InlineData("Unexpected end of content while loading JObject.", "JObject")]
    [InlineData("the key 'DateTime' is unknown", null)]
    [InlineData("salesperson.employeeId: expected text", null)]
    [InlineData("no configured font (NotoSerifCJKsc-Regular.subset.ttf) can draw it", null)]
    public void The_name_finder_sees_dotnet_names_but_not_parameter_paths_or_echoed_values(string message, string? found)
    {
        var names = DotNetNames.In(message);

        if (found is null) Assert.Empty(names);
        else Assert.Contains(found, names);
    }
}
