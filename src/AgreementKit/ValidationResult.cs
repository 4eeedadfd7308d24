using AgreementKit.Diagnostics;

namespace AgreementKit;

/// <summary>The outcome of validating parameters against a pack: every problem found, located.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IReadOnlyList<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    /// <summary>Errors and warnings, in input order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there is no error (warnings allowed).</summary>
    public bool IsValid => !Diagnostics.Any(d => d.IsError);
}
