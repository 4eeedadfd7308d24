using AgreementKit.Model;

namespace AgreementKit.Comparison;

/// <summary>
/// What differs between two agreements: every changed part in reading order, a summary, and the
/// parameters whose values differ. Made by <see cref="AgreementComparer.Compare"/>; written as a redline
/// DOCX or a change report with <see cref="AgreementComparer.Write"/>.
/// </summary>
public sealed class AgreementComparison
{
    internal AgreementComparison(Agreement old, Agreement @new, IReadOnlyList<AgreementChange> changes, IReadOnlyList<ParameterChange> parameters, NodeMatching matching)
    {
        Old = old;
        New = @new;
        Changes = changes;
        ParameterChanges = parameters;
        Matching = matching;
        var clauses = changes.Where(c => c.IsClause).ToList();
        Summary = new ComparisonSummary(
            clauses.Count(c => c.Kind == ChangeKind.Added),
            clauses.Count(c => c.Kind == ChangeKind.Removed),
            clauses.Count(c => c.Kind == ChangeKind.Changed),
            clauses.Count(c => c.Kind == ChangeKind.Moved),
            changes.Count(c => !c.IsClause));
    }

    /// <summary>The old agreement (last year's).</summary>
    public Agreement Old { get; }

    /// <summary>The new agreement.</summary>
    public Agreement New { get; }

    /// <summary>The parts that differ, in the new agreement's reading order (removed parts where they stood).</summary>
    public IReadOnlyList<AgreementChange> Changes { get; }

    /// <summary>The parameters whose values differ, when both agreements carry their parameters; empty otherwise.</summary>
    public IReadOnlyList<ParameterChange> ParameterChanges { get; }

    /// <summary>Counts of added, removed, changed and moved clauses and of other changed parts.</summary>
    public ComparisonSummary Summary { get; }

    /// <summary>True when the agreements read the same (numbers aside).</summary>
    public bool HasChanges => Changes.Count > 0;

    internal NodeMatching Matching { get; }
}
