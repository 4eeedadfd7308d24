namespace AgreementKit.Diagnostics;

/// <summary>
/// One located problem with an input or a template, in plain words. Diagnostics are collected and
/// returned together; they are never thrown one at a time.
/// </summary>
/// <param name="Code">A stable code such as <c>AK1203</c>, explained in docs/errors.md.</param>
/// <param name="Severity">Whether rendering can go on.</param>
/// <param name="Message">What is wrong and what was expected, without .NET type names.</param>
/// <param name="Location">Where it is.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>location: error CODE: message</c>, one line, as compilers print.</summary>
    public override string ToString()
    {
        // Messages usually name their field already; print the path only when they do not.
        var where = (Location.Path is { Length: > 0 } path && (Message.Contains(path, StringComparison.Ordinal) || Message.Contains(DisplayText.Safe(path), StringComparison.Ordinal)) ? Location with { Path = null } : Location).ToString();
        var kind = IsError ? "error" : "warning";
        return where.Length == 0 ? $"{kind} {Code}: {Message}" : $"{where}: {kind} {Code}: {Message}";
    }

    internal static Diagnostic Error(string code, string message, SourceLocation location) =>
        new(code, DiagnosticSeverity.Error, message, location);

    internal static Diagnostic Warning(string code, string message, SourceLocation location) =>
        new(code, DiagnosticSeverity.Warning, message, location);
}
