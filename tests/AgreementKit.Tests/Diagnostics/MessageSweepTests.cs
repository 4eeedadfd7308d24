using System.Text.RegularExpressions;
using AgreementKit.Diagnostics;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Diagnostics;

/// <summary>
/// Every diagnostic of the suite's bad inputs and hostile templates (<see cref="DiagnosticCorpus"/>) is
/// checked for what no message may hold — .NET type and member names, <c>System.</c> names, advice about
/// .NET APIs — and for what no location may print: a line or column 0. The corpus must be large and
/// varied, so that the sweep cannot pass by seeing nothing.
/// </summary>
public sealed partial class MessageSweepTests
{
    [Fact]
    public void The_sweep_sees_thousands_of_diagnostics_of_most_codes()
    {
        var all = DiagnosticCorpus.All;
        var codes = all.Select(d => d.Diagnostic.Code).ToHashSet(StringComparer.Ordinal);

        Assert.True(all.Count >= 2_000, $"only {all.Count} diagnostics were swept");
        Assert.True(all.Select(d => d.Diagnostic.Message).Distinct(StringComparer.Ordinal).Count() >= 300, "too few distinct messages were swept");
        Assert.True(codes.Count >= 40, $"only {codes.Count} codes were swept: {string.Join(", ", codes.Order(StringComparer.Ordinal))}");
        Assert.All(all.GroupBy(d => d.Source), group => Assert.True(group.Count() >= 5, $"{group.Key} gave only {group.Count()} diagnostics"));
    }

    [Fact]
    public void No_message_names_dotnet_types_or_members_or_gives_dotnet_api_advice()
    {
        var offenders = DiagnosticCorpus.All
            .Select(d => (d.Source, d.Diagnostic, Names: DotNetNames.In(d.Diagnostic.Message)))
            .Where(d => d.Names.Count > 0 || d.Diagnostic.Message.Contains("System.", StringComparison.Ordinal))
            .Select(d => $"{d.Source}: [{string.Join(", ", d.Names)}] {d.Diagnostic}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void No_location_prints_a_line_or_column_0()
    {
        var offenders = DiagnosticCorpus.All
            .Where(d => ZeroPosition().IsMatch(d.Diagnostic.Location.ToString()) || d.Diagnostic.Location is { Line: 0, Column: > 0 })
            .Select(d => $"{d.Source}: {d.Diagnostic}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [GeneratedRegex(@"\((0,\d+|\d+,0|0)\)|line 0|column 0")]
    private static partial Regex ZeroPosition();
}
