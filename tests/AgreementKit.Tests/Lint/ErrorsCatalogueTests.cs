using System.Reflection;
using AgreementKit.Diagnostics;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Lint;

/// <summary>docs/errors.md explains every code the library can print, and no code that does not exist; the README points to it.</summary>
public sealed class ErrorsCatalogueTests
{
    private static string Catalogue => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "errors.md"));

    [Fact]
    public void Every_diagnostic_code_has_a_catalogue_row_and_every_row_a_code()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();
        var rows = Catalogue.Split('\n').Where(l => l.StartsWith("| AK", StringComparison.Ordinal))
            .Select(l => l[2..8]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(codes, rows);
    }

    [Fact]
    public void The_catalogue_states_the_location_rules_and_the_readme_links_to_it()
    {
        var catalogue = Catalogue;
        Assert.Contains("## Locations", catalogue, StringComparison.Ordinal);
        Assert.Contains("`file(12)`", catalogue, StringComparison.Ordinal);
        Assert.Contains("never 0", catalogue, StringComparison.Ordinal);
        Assert.Contains("JSONL", catalogue, StringComparison.Ordinal);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains("(docs/errors.md)", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("| AK1001 |", readme, StringComparison.Ordinal);
    }
}
