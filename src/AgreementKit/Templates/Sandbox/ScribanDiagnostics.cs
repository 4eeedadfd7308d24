using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementKit.Diagnostics;
using AgreementKit.Templates.Functions;
using Scriban.Parsing;
using Scriban.Syntax;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// Turns Scriban's parse messages and runtime errors into located diagnostics in a template author's words.
/// Scriban spans are 0-based; diagnostics are 1-based. Scriban 7.5.3 throws one exception type for every
/// runtime problem, so limits are told apart by their message, and failures of the .NET code under a
/// built-in function (System.Text.Json, TimeSpan, number formats) by the inner exception. No message keeps
/// a .NET type or member name, or advice about a .NET API; the sandbox tests pin each message family so an
/// upgrade that rewords one fails them.
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
                $"The template produces text longer than the limit of {outputLimit:N0} characters; look for text that grows in a loop.", location);
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
            return Diagnostic.Error(DiagnosticCodes.TemplateLimit,
                $"A loop runs more than {Limit(message, "10,000")} times, the most a template may; look for a loop that never ends.", location);
        // Scriban's own guard says "near to stack overflow"; when the runtime's check fires first, the
        // message is .NET's "Insufficient stack to continue executing…" (seen under parallel test load).
        if (message.Contains("stack overflow", StringComparison.Ordinal) || message.Contains("Insufficient stack", StringComparison.Ordinal))
            return Diagnostic.Error(DiagnosticCodes.TemplateLimit,
                "Functions call each other so deeply that the render stack is nearly used up; look for a recursion that never ends.", location);
        if (message.Contains("recursive depth", StringComparison.Ordinal))
            return Diagnostic.Error(DiagnosticCodes.TemplateLimit,
                $"Functions call each other more than {Limit(message, "50")} deep, the most a template may; look for a recursion that never ends.", location);
        return Diagnostic.Error(DiagnosticCodes.TemplateRuntime, Explain(exception.InnerException, message), location);
    }

    public static SourceLocation At(SourceSpan span, string file) =>
        new() { File = file, Line = span.Start.Line + 1, Column = span.Start.Column + 1 };

    /// <summary>
    /// A failure inside a built-in function is told by what the .NET code under it threw; its own message
    /// (names of serializer options, "Parameter 'index'", byte positions) means nothing to a template author.
    /// </summary>
    private static string Explain(Exception? inner, string message) => inner switch
    {
        JsonException { LineNumber: { } line, BytePositionInLine: { } position } =>
            string.Create(CultureInfo.InvariantCulture, $"The text is not valid JSON (line {line + 1}, byte {position + 1})."),
        JsonException when message.Contains("cycle", StringComparison.Ordinal) || message.Contains("depth", StringComparison.Ordinal) =>
            "The value contains itself (an object or list inside itself) or is nested more than 64 levels deep, so it cannot be written as JSON.",
        JsonException => "The value cannot be written as JSON.",
        InvalidOperationException when message.Contains("reference loops", StringComparison.Ordinal) =>
            "The value contains itself (an object or list inside itself) or is nested too deeply to be printed.",
        OverflowException => "A number is too large for this function.",
        DivideByZeroException => "Division by zero.",
        FormatException when !message.StartsWith("Unable to convert", StringComparison.Ordinal) =>
            "The format given is not valid for this function.",
        ArgumentException => "A function was given an argument it cannot use (too many arguments, or a value out of its range).",
        _ => Clean(message),
    };

    /// <summary>The number a limit message gives in backticks (<c>`10000`</c>), formatted for people.</summary>
    private static string Limit(string message, string fallback)
    {
        var match = BacktickedNumber().Match(message);
        return match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            ? limit.ToString("N0", CultureInfo.InvariantCulture)
            : fallback;
    }

    /// <summary>
    /// Keeps Scriban's wording but says types as a template author knows them: "Unable to convert type
    /// `string` to `double`" → "Cannot use text where a number is expected", "the primitive `5/long`" →
    /// "the primitive `5`", "System.Int32" → "a whole number"; trims the parameter note of argument exceptions.
    /// </summary>
    private static string Clean(string message)
    {
        var text = Conversion().Replace(message, m => $"Cannot use {TypeWords(m.Groups[1].Value)} where {TypeWords(m.Groups[2].Value)} is expected");
        text = TargetFunction().Replace(text, m => QualifiedTypeName().IsMatch(m.Groups[1].Value)
            ? $"{Capitalized(TypeWords(m.Groups[1].Value))} is not a function"
            : $"`{m.Groups[1].Value}` is not a function");
        text = Iterator().Replace(text, m => $"Cannot loop over {TypeWords(m.Groups[1].Value)}; a for loop needs a list");
        text = ValueAndType().Replace(text, "`$1`");
        text = ValueWithType().Replace(text, "`$1`");
        text = Between().Replace(text, m => $"between {TypeWords(m.Groups[1].Value)} and {TypeWords(m.Groups[2].Value)}");
        text = OnObjects().Replace(text, m => $"on {TypeWords(m.Groups[1].Value)}");
        text = Expecting().Replace(text, m => $"Expecting {TypeWords(m.Groups[1].Value)}");
        text = QualifiedTypeName().Replace(text, m => TypeWords(m.Value));
        text = SyntaxNode().Replace(text, m => NodeWords(m.Groups[1].Value));
        text = ParameterNote().Replace(text, "");
        return text.Trim();
    }

    /// <summary>Scriban's syntax node names ("ScriptPage", "ScriptForStatement") as the template words they stand for.</summary>
    private static string NodeWords(string node) => node == "Page"
        ? "the template"
        : string.Concat(node.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Capitalized(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>A .NET or Scriban type name (with or without namespace) in a template author's words.</summary>
    private static string TypeWords(string type)
    {
        var name = type.Trim('`');
        name = name[(name.LastIndexOf('.') + 1)..];
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name[..tick];
        return name.ToLowerInvariant() switch
        {
            "string" or "char" => "text",
            "int" or "long" or "int32" or "int64" or "short" or "int16" or "byte" or "sbyte" or "uint" or "uint32"
                or "ulong" or "uint64" or "ushort" or "uint16" or "biginteger" => "a whole number",
            "double" or "float" or "single" or "decimal" or "number" => "a number",
            "bool" or "boolean" => "true or false",
            "array" or "scriptarray" or "ienumerable" or "ilist" or "list" or "icollection" => "a list",
            "object" or "scriptobject" or "idictionary" or "dictionary" or "iscriptobject" => "an object",
            "datetime" or "datetimeoffset" or "date" => "a date",
            "timespan" => "a time span",
            "null" or "void" => "null",
            "range" or "scriptrange" => "a range",
            "function" or "iscriptcustomfunction" or "scriptfunction" => "a function",
            _ => "a value",
        };
    }

    [GeneratedRegex(@"Unable to convert type (`?[\w.`]+?`?) to (`?[\w.`]+`?)")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"Invalid target function `([^`]*)` \(\w+\)")]
    private static partial Regex TargetFunction();

    [GeneratedRegex(@"Unexpected type `([^`]*)` for iterator")]
    private static partial Regex Iterator();

    [GeneratedRegex(@"`([^`]*?) / Type: [\w.`]+`")]
    private static partial Regex ValueAndType();

    [GeneratedRegex(@"`([^`/]*)/[A-Za-z_][\w.`\[\]]*`")]
    private static partial Regex ValueWithType();

    [GeneratedRegex(@"between (\w+) and (\w+)")]
    private static partial Regex Between();

    [GeneratedRegex(@"on (\w+) objects")]
    private static partial Regex OnObjects();

    [GeneratedRegex(@"Expecting an? (array|object|string|int|long|double|bool|function|range)\b")]
    private static partial Regex Expecting();

    [GeneratedRegex(@"\b(System|Scriban)(\.[A-Za-z_]\w*)+(`\d+)?(\[[^\]]*\])?")]
    private static partial Regex QualifiedTypeName();

    [GeneratedRegex(@"\bScript([A-Z][A-Za-z]*)\b")]
    private static partial Regex SyntaxNode();

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterNote();

    [GeneratedRegex(@"`(\d+)`")]
    private static partial Regex BacktickedNumber();
}
