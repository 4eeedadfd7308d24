using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;

namespace AgreementKit.Batch;

/// <summary>A row on its way through the pipeline: its place in this run's order, its file stem and the name notes of the first pass.</summary>
internal sealed record RowWork(int Sequence, DataRow Row, string? Stem, IReadOnlyList<Diagnostic> Notes);
