using AgreementKit.Batch.Output;
using AgreementKit.Diagnostics;

namespace AgreementKit.Batch;

/// <summary>What became of one row: its manifest entry, every diagnostic for the report, and how many files this run wrote for it.</summary>
internal sealed record RowOutcome(int Sequence, int Line, ManifestEntry Entry, IReadOnlyList<Diagnostic> Diagnostics, int Written)
{
    public bool Skipped { get; init; }

    public bool Failed => Entry.Status == ManifestEntry.Failed;
}
