using AgreementKit.Comparison;
using AgreementKit.Diagnostics;

namespace AgreementKit.Renewals;

/// <summary>One line of <c>changes.csv</c>: what became of one agreement's renewal.</summary>
internal sealed record ChangeRow(int Row, string Source, string? OldNumber, string? NewNumber, string? File, string? Redline,
    ComparisonSummary? Summary, IReadOnlyList<ParameterChange> Parameters, string? OldPackVersion, string? NewPackVersion, IReadOnlyList<Diagnostic> Errors)
{
    public bool Failed => Errors.Any(e => e.IsError);
}
