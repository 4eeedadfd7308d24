using AgreementKit.Batch;

namespace AgreementKit.Renewals;

/// <summary>The outcome of a renewal: the batch counts (agreements renewed, failed, kept from a previous run) and the reports.</summary>
/// <param name="Batch">Counts, time, <c>errors.csv</c> and <c>manifest.jsonl</c>, as for a batch; a row is one agreement.</param>
/// <param name="ChangesReport">The full path of <c>changes.csv</c>: one row per agreement, what changed or why it failed.</param>
public sealed record RenewalSummary(BatchSummary Batch, string ChangesReport);
