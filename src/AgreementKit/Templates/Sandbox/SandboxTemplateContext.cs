using AgreementKit.Markup;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// The per-render Scriban context: the limits of reliability-notes §1, the built-ins that turn data into
/// code, read files or read the clock taken away, and every expression's output fenced as a literal.
/// </summary>
internal sealed class SandboxTemplateContext : TemplateContext
{
    private readonly IReadOnlySet<string> _parameterNames;
    private ScriptStatement? _printed;
    private volatile ScriptStatement? _running;

    public SandboxTemplateContext(SandboxOptions options, CancellationToken cancellationToken, IReadOnlySet<string>? parameterNames = null)
    {
        _parameterNames = parameterNames ?? new HashSet<string>();
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // An index past the end would otherwise print nothing, the same silent gap as a misspelt member.
        EnableRelaxedIndexerAccess = false;
        LoopLimit = options.LoopLimit;
        RecursiveLimit = options.RecursiveLimit;
        LimitToString = options.OutputLimit;
        OutputLimit = options.OutputLimit;
        // Scriban's default is to cut the text and append "..." silently; a cut contract must fail instead.
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromMilliseconds(500);
        TemplateLoader = null;
        CancellationToken = cancellationToken;
        PushCulture(CultureInfo.InvariantCulture);
        PruneBuiltins();
    }

    /// <summary>
    /// The statement that ran last before the current point: where a time-out, a limit or an error of a
    /// value being printed happened. Readable from another thread (the one that waits for the render).
    /// </summary>
    public ScriptStatement? RunningStatement => _running;

    /// <summary>Where the value being written was printed: the template offset of its statement.</summary>
    internal int PrintingOffset => (_printed ?? _running)?.Span.Start.Offset ?? 0;

    /// <summary>The parameter paths the value being written was read from.</summary>
    internal IReadOnlyList<string> PrintingParameters =>
        (_printed ?? _running) is { } statement ? [.. ExpressionParameters.Of(statement).Where(IsParameter)] : [];

    private bool IsParameter(string path)
    {
        var end = path.AsSpan().IndexOfAny('.', '[');
        return _parameterNames.Contains(end < 0 ? path : path[..end]);
    }

    /// <summary>
    /// Tracks the statement being run. A block writes a statement's value after evaluating it, so the last
    /// statement to finish is the one whose value is being printed; on an exception the innermost one
    /// entered is where it happened, which is why the running statement is not restored in a finally.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not ScriptStatement statement || statement is ScriptBlockStatement)
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        var outer = _running;
        _running = statement;
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        _running = outer;
        _printed = statement;
        return result;
    }

    /// <summary>
    /// Every expression statement reaches the output through here (ScriptBlockStatement evaluates a statement
    /// and passes a non-null result to this method); literal template text goes through the non-virtual
    /// Write(ScriptStringSlice) and stays unfenced. Text already fenced, from a capture or a function body
    /// rendered into a string, is stripped and fenced once more as a whole, so fences never nest.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // An empty value writes nothing, not an empty fence the markup parser would have to skip.
        if (textAsObject is not null && Text(textAsObject) is { Length: > 0 } text)
            Write(LiteralMarks.Fence(text));
        return this;
    }

    // Scriban locates an error while printing (a value that contains itself) at the enclosing block, which
    // for a page is its first line; the statement that printed the value is where the author must look.
    private string? Text(object value)
    {
        try
        {
            return ObjectToString(value);
        }
        catch (ScriptRuntimeException exception) when (_printed is not null)
        {
            throw new ScriptRuntimeException(_printed.Span, exception.OriginalMessage ?? exception.Message, exception.InnerException);
        }
        catch (InvalidOperationException exception) when (_printed is not null)
        {
            throw new ScriptRuntimeException(_printed.Span, exception.Message, exception);
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    private void PruneBuiltins()
    {
        var builtins = BuiltinObject;
        // Data would become code: {{ value | object.eval_template }} renders "{{ 6*7 }}" as 42.
        Remove(builtins, "object", "eval", "eval_template");
        // Output must be a function of the parameters alone.
        Remove(builtins, "date", "now", "utc_now");
        Remove(builtins, "math", "random", "uuid");
        // A ReDoS pattern runs until the regex time-out; contracts need no regular expressions.
        builtins.Remove("regex");
        // Templates must not read files. Scriban's own message would talk about a TemplateLoader; the stand-in
        // says what the author needs to know.
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.Import("include", new Func<object?[], object>(RefuseInclude));
        builtins.Import("include_join", new Func<object?[], object>(RefuseInclude));
    }

    private static void Remove(ScriptObject builtins, string objectName, params string[] members)
    {
        var functions = (ScriptObject)builtins[objectName]!;
        foreach (var member in members)
            functions.Remove(member);
    }

    private static object RefuseInclude(params object?[] arguments)
    {
        var name = arguments.Length > 0 && arguments[0] is string s ? $" \"{(s.Length <= 60 ? s : s[..60] + "…")}\"" : "";
        throw new IncludeRefusedException($"include{name} is not allowed: a template cannot read other files. Put the text in this template.");
    }
}
