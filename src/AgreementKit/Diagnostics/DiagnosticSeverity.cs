namespace AgreementKit.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input can still be rendered; the author should look at it (e.g. an unknown key).</summary>
    Warning,

    /// <summary>Nothing is rendered while an error remains.</summary>
    Error,
}
