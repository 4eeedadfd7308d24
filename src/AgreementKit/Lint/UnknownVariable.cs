namespace AgreementKit.Lint;

/// <summary>A member chain a template reads that the schema does not declare, at its offset in the source.</summary>
internal sealed record UnknownVariable(int Offset, string Message);
