using AgreementKit.Diagnostics;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// One record of the data file. <paramref name="Number"/> is the 1-based record number (the header does
/// not count) that reports and shards use; <paramref name="Line"/> is where it starts in the file, which
/// differs when cells hold line breaks. <paramref name="Problems"/> say why the record itself cannot be
/// read (a JSON line that does not parse, a CSV row with a stray quote or the wrong number of cells): such
/// a row gets no file name and no documents.
/// </summary>
internal sealed record DataRow(int Number, int Line, IReadOnlyList<DataCell> Cells, IReadOnlyList<Diagnostic> Problems)
{
    public DataRow(int number, int line, IReadOnlyList<DataCell> cells)
        : this(number, line, cells, [])
    {
    }

    /// <summary>True when the record could not be read as a whole.</summary>
    public bool Unreadable => Problems.Count > 0;
}
