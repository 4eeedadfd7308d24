using AgreementKit.Markup;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// The per-render Scriban context: the limits of reliability-notes §1, the built-ins that turn data into
/// code, read files or read the clock taken away, and every expression's output fenced as a literal.
/// </summary>
internal sealed class SandboxTemplateContext : TemplateContext
{
    public SandboxTemplateContext(SandboxOptions options, CancellationToken cancellationToken)
    {
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
    /// Every expression statement reaches the output through here (ScriptBlockStatement evaluates a statement
    /// and passes a non-null result to this method); literal template text goes through the non-virtual
    /// Write(ScriptStringSlice) and stays unfenced. Text already fenced, from a capture or a function body
    /// rendered into a string, is stripped and fenced once more as a whole, so fences never nest.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // An empty value writes nothing, not an empty fence the markup parser would have to skip.
        if (textAsObject is not null && ObjectToString(textAsObject) is { Length: > 0 } text)
            Write(LiteralMarks.Fence(text));
        return this;
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
