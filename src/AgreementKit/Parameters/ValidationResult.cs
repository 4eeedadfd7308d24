using AgreementKit.Diagnostics;

namespace AgreementKit.Parameters;

/// <summary>
/// The outcome of <see cref="ParameterSchema.Check"/>: every diagnostic, ordered by line, and the
/// parameters when there is no error (warnings such as unknown keys do not stop rendering).
/// </summary>
internal sealed record ValidationResult(ParameterSet? Parameters, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Parameters is not null;
}
