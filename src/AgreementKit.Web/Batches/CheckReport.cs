namespace AgreementKit.Web.Batches;

/// <summary>The outcome of checking every row: counts, and the first problems for the table.</summary>
/// <param name="Total">Rows in the file.</param>
/// <param name="Passed">Rows without an error.</param>
/// <param name="Failed">Rows with at least one error.</param>
/// <param name="Warnings">Warnings (renamed files and the like), which do not stop a row.</param>
/// <param name="Problems">The first <see cref="ErrorsFile.MaxShown"/> problems, in row order.</param>
/// <param name="MoreProblems">Problems past those, in errors.csv only.</param>
internal sealed record CheckReport(int Total, int Passed, int Failed, int Warnings, IReadOnlyList<RowError> Problems, int MoreProblems);
