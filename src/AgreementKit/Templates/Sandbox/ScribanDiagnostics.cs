using System.Text.RegularExpressions;
using AgreementKit.Diagnostics;
using AgreementKit.Templates.Functions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// Turns Scriban's parse messages and runtime errors into located diagnostics. Scriban spans are 0-based;
/// diagnostics are 1-based. Scriban 7.5.3 throws one exception type for every runtime problem, so limits are
/// told apart by their message; the sandbox tests pin each message so an upgrade that rewords one fails them.
/// </summary>
internal static partial class ScribanDiagnostics
{
    public static Diagnostic FromParseMessage(LogMessage message, string file) =>
        Diagnostic.Error(DiagnosticCodes.TemplateSyntax, Clean(message.Message), At(message.Span, file));

    public static Diagnostic FromRuntime(ScriptRuntimeException exception, string file, int outputLimit, ScriptNode? running = null)
    {
        // Some errors (a value that contains itself, printed) carry no span of their own; the statement that
        // was running when they happened is where the author has to look.
        var span = exception.Span.Start.Offset == 0 && exception.Span.End.Offset == 0 && running is not null ? running.Span : exception.Span;
        var location = At(span, file);
        switch (exception.InnerException)
        {
            case IncludeRefusedException refused:
                return Diagnostic.Error(DiagnosticCodes.IncludeRefused, refused.Message, location);
            case TemplateFunctionException function:
                return Diagnostic.Error(DiagnosticCodes.TemplateRuntime, function.Message, location);
        }

        var message = exception.OriginalMessage ?? exception.Message;
        if (message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal))
            return Diagnostic.Error(DiagnosticCodes.OutputTooLarge,
                $"The template produces text longer than the limit of {outputLimit:N0} characters ({Clean(message)}).", location);
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
            return Diagnostic.Error(DiagnosticCodes.TemplateLimit,
                $"A loop runs too many times for a template ({Clean(message)}).", location);
        // Scriban's own guard says "near to stack overflow"; when the runtime's check fires first, the
        // message is .NET's "Insufficient stack to continue executing…" (seen under parallel test load).
        if (message.Contains("recursive depth", StringComparison.Ordinal) || message.Contains("stack overflow", StringComparison.Ordinal)
            || message.Contains("Insufficient stack", StringComparison.Ordinal))
            return Diagnostic.Error(DiagnosticCodes.TemplateLimit,
                $"Functions call each other too deeply ({Clean(message)}).", location);
        return Diagnostic.Error(DiagnosticCodes.TemplateRuntime, Clean(message), location);
    }

    public static SourceLocation At(SourceSpan span, string file) =>
        new() { File = file, Line = span.Start.Line + 1, Column = span.Start.Column + 1 };

    /// <summary>
    /// Keeps Scriban's wording but drops .NET type names: "the primitive `5/long`" → "the primitive `5`",
    /// "System.Int64" → "a value", and trims the trailing parameter note of argument exceptions.
    /// </summary>
    private static string Clean(string message)
    {
        var text = ValueWithType().Replace(message, "`$1`");
        text = QualifiedTypeName().Replace(text, "a value");
        text = ParameterNote().Replace(text, "");
        return text.Trim();
    }

    [GeneratedRegex(@"`([^`/]*)/[A-Za-z_][\w.`\[\]]*`")]
    private static partial Regex ValueWithType();

    [GeneratedRegex(@"\bSystem(\.[A-Za-z_]\w*)+(`\d+)?(\[[^\]]*\])?")]
    private static partial Regex QualifiedTypeName();

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterNote();
}
