using Scriban.Runtime;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// The limits of the template sandbox and the extra function objects a host registers. The defaults are
/// the measured recipe of reliability-notes §1; tests shorten the time budget.
/// </summary>
internal sealed record SandboxOptions
{
    /// <summary>Wall-clock time one render may take.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Stack of the thread a render runs on. Fixed so that Scriban's stack guard trips at the same depth on
    /// every host instead of depending on the caller's thread.
    /// </summary>
    public int StackSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Iterations allowed; Scriban counts nested loops against the same budget.</summary>
    public int LoopLimit { get; init; } = 10_000;

    public int RecursiveLimit { get; init; } = 50;

    /// <summary>Characters of one value and of the whole output; reaching it is an error, never a truncation.</summary>
    public int OutputLimit { get; init; } = 1_048_576;

    /// <summary>
    /// Function objects templates reach by name (e.g. <c>custom</c> → <c>{{ custom.stamp x }}</c>). Each is
    /// copied read-only into every render, so a template cannot change what another render sees.
    /// </summary>
    public IReadOnlyDictionary<string, ScriptObject> FunctionObjects { get; init; } = new Dictionary<string, ScriptObject>();
}
