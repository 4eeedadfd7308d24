using AgreementKit.Markup;
using AgreementKit.Diagnostics;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// What a render produced: the text (values fenced by <see cref="LiteralMarks"/>), or null when an error
/// stopped it, and every diagnostic found.
/// </summary>
internal sealed record RenderOutcome(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Text is not null;

    public static RenderOutcome Failed(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);

    public static RenderOutcome Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
