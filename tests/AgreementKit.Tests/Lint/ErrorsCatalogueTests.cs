using System.Reflection;
using AgreementKit.Diagnostics;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Lint;

/// <summary>The README's errors catalogue explains every code the library can print, and no code that does not exist.</summary>
public sealed class ErrorsCatalogueTests
{
    [Fact]
    public void Every_diagnostic_code_has_a_catalogue_row_and_every_row_a_code()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("## Errors catalogue", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Errors catalogue' section");
        var catalogue = readme[start..];
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();
        var rows = catalogue.Split('\n').Where(l => l.StartsWith("| AK", StringComparison.Ordinal))
            .Select(l => l[2..8]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(codes, rows);
    }
}
