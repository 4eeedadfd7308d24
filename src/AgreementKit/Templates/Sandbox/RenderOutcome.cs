using AgreementKit.Markup;
using AgreementKit.Diagnostics;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// What a render produced: the markup (values fenced by <see cref="LiteralMarks"/>) with its map back to
/// the template, or null when an error stopped it, and every diagnostic found.
/// </summary>
internal sealed record RenderOutcome(RenderedMarkup? Markup, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Markup is not null;

    /// <summary>The rendered text, or null.</summary>
    public string? Text => Markup?.Text;

    public static RenderOutcome Failed(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);

    public static RenderOutcome Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
