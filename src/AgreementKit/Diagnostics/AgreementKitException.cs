namespace AgreementKit.Diagnostics;

/// <summary>
/// Thrown by the convenience methods that return a finished document when the input or template has
/// errors. <see cref="Diagnostics"/> holds every problem found, each located.
/// </summary>
public sealed class AgreementKitException : Exception
{
    /// <summary>Creates the exception from the diagnostics that stopped the work.</summary>
    public AgreementKitException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Summarize(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Every diagnostic found, errors and warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Summarize(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var first = errors.Count > 0 ? errors[0] : diagnostics.FirstOrDefault();
        return first is null ? "The agreement could not be produced."
            : errors.Count <= 1 ? first.ToString() : $"{first} (and {errors.Count - 1} more errors)";
    }
}
