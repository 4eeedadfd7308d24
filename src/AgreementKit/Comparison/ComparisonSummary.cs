using System.Globalization;

namespace AgreementKit.Comparison;

/// <summary>How many parts differ, for the one-line summary per document.</summary>
/// <param name="ClausesAdded">Clauses only in the new agreement.</param>
/// <param name="ClausesRemoved">Clauses only in the old agreement.</param>
/// <param name="ClausesChanged">Clauses in both, in place, with different text.</param>
/// <param name="ClausesMoved">Clauses in both, in another chapter or order.</param>
/// <param name="OtherChanges">Other parts that differ: cover facts, preamble, chapter and annex text.</param>
public sealed record ComparisonSummary(int ClausesAdded, int ClausesRemoved, int ClausesChanged, int ClausesMoved, int OtherChanges)
{
    /// <summary>No part differs.</summary>
    public bool IsEmpty => ClausesAdded + ClausesRemoved + ClausesChanged + ClausesMoved + OtherChanges == 0;

    /// <summary>E.g. <c>clauses: 1 added, 1 removed, 2 changed, 0 moved; other parts changed: 3</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"clauses: {ClausesAdded} added, {ClausesRemoved} removed, {ClausesChanged} changed, {ClausesMoved} moved; other parts changed: {OtherChanges}");
}
