namespace AgreementKit.Web.Batches;

/// <summary>One line of a batch's <c>errors.jsonl</c>, as the page's table shows it.</summary>
internal sealed record RowError(int Row, int Line, string? Column, string? Field, string Severity, string Code, string Message);
