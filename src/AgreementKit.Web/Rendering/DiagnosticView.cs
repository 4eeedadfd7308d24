using AgreementKit.Diagnostics;
using AgreementKit.Web.Pages;

namespace AgreementKit.Web.Rendering;

/// <summary>A diagnostic as the page receives it: the engine's code and message, where it is, and the CLI's line.</summary>
/// <param name="Code">The engine's code, e.g. AK1105.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">The engine's message.</param>
/// <param name="Path">The parameter path the field is found by, when there is one.</param>
/// <param name="Line">1-based line in the JSON sent, or 0.</param>
/// <param name="Column">1-based column in the JSON sent, or 0.</param>
/// <param name="Text">Exactly what the command line prints for it.</param>
/// <param name="Name">A short Chinese name of the code.</param>
internal sealed record DiagnosticView(string Code, string Severity, string Message, string? Path, int Line, int Column, string Text, string Name)
{
    public static DiagnosticView From(Diagnostic diagnostic, UiText ui) => new(
        diagnostic.Code, diagnostic.IsError ? "error" : "warning", diagnostic.Message, diagnostic.Location.Path,
        diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.ToString(), ui.CodeName(diagnostic.Code));

    public static IReadOnlyList<DiagnosticView> From(IEnumerable<Diagnostic> diagnostics, UiText ui) =>
        diagnostics.Select(d => From(d, ui)).ToList();
}
