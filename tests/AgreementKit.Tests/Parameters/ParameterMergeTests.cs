using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Parameters.TestPack;

namespace AgreementKit.Tests.Parameters;

public sealed class ParameterMergeTests
{
    private const string Defaults = """
        {
          "company": { "name": "华夏科技有限公司", "legalRepresentative": "张三" },
          "leadParty": "company",
          "items": [{ "title": "a" }, { "title": "b" }],
          "months": 12
        }
        """;

    private const string Row = """
        {
          "company": { "name": "华夏分公司" },
          "term": { "start": "2025-01-01", "end": "2025-12-31" },
          "items": [{ "title": "c" }],
          "months": 24
        }
        """;

    [Fact]
    public void Objects_merge_deeply_and_everything_else_is_replaced()
    {
        var merged = ParameterMerge.Merge(Read(Defaults, "defaults.json"), Read(Row, "row.json"));

        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {
              "company": { "name": "华夏分公司", "legalRepresentative": "张三" },
              "leadParty": "company",
              "items": [{ "title": "c" }],
              "months": 24,
              "term": { "start": "2025-01-01", "end": "2025-12-31" }
            }
            """), merged), merged.ToString());
    }

    [Fact]
    public void Every_value_keeps_the_location_it_came_from()
    {
        var merged = ParameterMerge.Merge(Read(Defaults, "defaults.json"), Read(Row, "row.json"));

        Assert.Equal(new ValueOrigin("row.json", 2, 24), ValueOrigin.Of(merged["company"]!["name"]!));
        Assert.Equal(new ValueOrigin("defaults.json", 2, 59), ValueOrigin.Of(merged["company"]!["legalRepresentative"]!));
        Assert.Equal(new ValueOrigin("defaults.json", 3, 16), ValueOrigin.Of(merged["leadParty"]!));
        Assert.Equal(new ValueOrigin("row.json", 4, 13), ValueOrigin.Of(merged["items"]![0]!["title"]!.Parent!.Parent!));
        Assert.All(merged.DescendantsAndSelf(), t => Assert.NotNull(ValueOrigin.Of(t)));
    }

    [Fact]
    public void Errors_in_merged_documents_point_into_the_right_file()
    {
        var defaults = Read(Defaults.Replace("\"张三\"", "\"张\\u200B三\"", StringComparison.Ordinal), "defaults.json");
        var merged = ParameterMerge.Merge(defaults, Read(Row.Replace("24", "0", StringComparison.Ordinal), "row.json"));

        var diagnostics = Schema.Validate(merged, "row.json");

        var format = Single(diagnostics, DiagnosticCodes.FormatCharacter);
        Assert.Equal(("defaults.json", 2, 59), (format.Location.File, format.Location.Line, format.Location.Column));
        var range = Single(diagnostics, DiagnosticCodes.OutOfRange);
        Assert.Equal(("row.json", 5, 13), (range.Location.File, range.Location.Line, range.Location.Column));
    }

    [Fact]
    public void Inputs_are_left_untouched()
    {
        var defaults = Read(Defaults, "defaults.json");
        var row = Read(Row, "row.json");
        var (defaultsBefore, rowBefore) = (defaults.DeepClone(), row.DeepClone());

        var merged = ParameterMerge.Merge(defaults, row);
        merged["company"]!["name"] = "changed";

        Assert.True(JToken.DeepEquals(defaultsBefore, defaults));
        Assert.True(JToken.DeepEquals(rowBefore, row));
    }

    [Fact]
    public void Null_in_the_row_replaces_the_default_and_is_then_reported()
    {
        var merged = ParameterMerge.Merge(Read(Defaults, "defaults.json"), Read("{\"leadParty\": null}", "row.json"));
        Assert.Equal(JTokenType.Null, merged["leadParty"]!.Type);
        Assert.Contains(Schema.Validate(merged, "row.json"), d => d.Code == DiagnosticCodes.NullValue && d.Location.File == "row.json");
    }
}
