using AgreementKit.Diagnostics;
using AgreementKit.Model;

namespace AgreementKit;

/// <summary>The outcome of assembling an agreement: the agreement, or the diagnostics that stopped it (warnings either way).</summary>
public sealed class AssemblyResult
{
    internal AssemblyResult(Agreement? agreement, IReadOnlyList<Diagnostic> diagnostics)
    {
        Agreement = agreement;
        Diagnostics = diagnostics;
    }

    /// <summary>The numbered agreement, or null when an error stopped the work.</summary>
    public Agreement? Agreement { get; }

    /// <summary>Every error and warning, located.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when <see cref="Agreement"/> is there.</summary>
    public bool Succeeded => Agreement is not null;
}
