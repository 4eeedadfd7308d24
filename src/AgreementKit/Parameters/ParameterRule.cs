using AgreementKit.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Parameters;

/// <summary>
/// A cross-field check from a pack's <c>manifest.json</c> → <c>rules</c>. Rules run after the schema
/// and only on fields that passed their own checks, so a bad date is reported once, as a bad date.
/// </summary>
internal abstract class ParameterRule
{
    /// <summary>The rule's <c>type</c> as written in the manifest.</summary>
    public abstract string Type { get; }

    /// <summary>The parameter paths the rule reads (dotted property names such as <c>term.start</c>).</summary>
    public abstract IEnumerable<string> Fields { get; }

    /// <summary>Where the rule is written in the manifest, so a pack error about it points there.</summary>
    public SourceLocation Declaration { get; set; } = new();

    /// <summary>Adds a diagnostic to <paramref name="bag"/> when the rule is broken.</summary>
    /// <param name="parameters">The document being validated.</param>
    /// <param name="hasFailed">Whether a path, or one of its ancestors, already has an error.</param>
    /// <param name="sourceName">The file to name when a token carries no origin.</param>
    /// <param name="bag">Where to report.</param>
    public abstract void Check(JObject parameters, Func<string, bool> hasFailed, string sourceName, DiagnosticBag bag);
}
