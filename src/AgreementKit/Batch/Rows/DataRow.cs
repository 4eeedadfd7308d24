using AgreementKit.Diagnostics;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// One record of the data file. <paramref name="Number"/> is the 1-based record number (the header does
/// not count) that reports and shards use; <paramref name="Line"/> is where it starts in the file, which
/// differs when cells hold line breaks. <paramref name="Problem"/> is set when the record itself is broken.
/// </summary>
internal sealed record DataRow(int Number, int Line, IReadOnlyList<DataCell> Cells, Diagnostic? Problem = null);
