using AgreementKit.Chinese;
using System.Runtime.ExceptionServices;
using AgreementKit.Diagnostics;
using AgreementKit.Templates.Functions;
using Newtonsoft.Json.Linq;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// Renders a template with validated parameters inside the sandbox. Template problems (syntax, unknown
/// names, limits, time) come back as diagnostics; only a cancelled caller or a bug throws. Immutable and
/// safe to share between threads.
/// </summary>
internal sealed class SandboxedRenderer
{
    /// <summary>Names the renderer itself puts next to the parameters.</summary>
    public const string FunctionsName = "zh";
    public const string LocaleName = "locale";

    /// <summary>Extra time to wait for a render that ignores cancellation (a host function that blocks).</summary>
    private static readonly TimeSpan AbandonGrace = TimeSpan.FromSeconds(1);

    private readonly SandboxOptions _options;

    public SandboxedRenderer(SandboxOptions? options = null)
    {
        _options = options ?? new SandboxOptions();
        // A host object named like a built-in (string, array …) would hide it from every template.
        var builtins = new SandboxTemplateContext(_options, CancellationToken.None).BuiltinObject;
        foreach (var name in _options.FunctionObjects.Keys)
        {
            if (!IsIdentifier(name) || name is FunctionsName or LocaleName || builtins.ContainsKey(name))
                throw new ArgumentException($"\"{name}\" cannot name a function object: use a lower-case identifier that is not zh, locale or a Scriban built-in.", nameof(options));
        }
    }

    public RenderOutcome Render(TemplateSource source, JObject parameters, string locale, CancellationToken cancellationToken) =>
        Render(ParsedTemplate.Parse(source), parameters, locale, cancellationToken);

    public RenderOutcome Render(ParsedTemplate template, JObject parameters, string locale, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (template.Template is null)
            return RenderOutcome.Failed(template.Diagnostics);
        var file = template.Source.Name;
        if (!TemplateLocales.TryGetScript(locale, out var script))
            return RenderOutcome.Failed(Diagnostic.Error(DiagnosticCodes.UnknownLocale,
                $"The locale \"{locale}\" is not supported; use {TemplateLocales.Simplified} or {TemplateLocales.Traditional}.", new SourceLocation { File = file }));

        var diagnostics = new DiagnosticBag();
        var globals = BuildGlobals(parameters, locale, script, diagnostics);
        if (diagnostics.HasErrors)
            return RenderOutcome.Failed(diagnostics.Items);

        var names = parameters.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var outcome = RunOnOwnThread(template, globals, names, cancellationToken);
        if (outcome.Text is { } text && text.Length >= _options.OutputLimit)
            return RenderOutcome.Failed(Diagnostic.Error(DiagnosticCodes.OutputTooLarge,
                $"The template produces text longer than the limit of {_options.OutputLimit:N0} characters.", new SourceLocation { File = file }));
        return outcome;
    }

    private ScriptObject BuildGlobals(JObject parameters, string locale, ChineseScript script, DiagnosticBag diagnostics)
    {
        var globals = ParameterGlobals.Build(parameters, diagnostics);
        var reserved = new Dictionary<string, object> { [FunctionsName] = ZhFunctions.Create(script), [LocaleName] = locale };
        foreach (var (name, functions) in _options.FunctionObjects)
        {
            var copy = new ScriptObject();
            foreach (var member in functions)
                copy.SetValue(member.Key, member.Value, true);
            copy.IsReadOnly = true;
            reserved[name] = copy;
        }
        foreach (var (name, value) in reserved)
        {
            if (globals.ContainsKey(name))
                diagnostics.Error(DiagnosticCodes.TemplateRuntime,
                    $"The parameter \"{name}\" has the name of the template's own \"{name}\"; rename the parameter.", SourceLocation.ForPath(name));
            globals.SetValue(name, value, true);
        }
        return globals;
    }

    /// <summary>
    /// Runs the render on a thread with a known stack and a deadline. A render that ignores cancellation is
    /// abandoned (the thread is a background thread) rather than holding the caller forever.
    /// </summary>
    private RenderOutcome RunOnOwnThread(ParsedTemplate template, ScriptObject globals, IReadOnlySet<string> parameterNames, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.TimeBudget);
        RenderOutcome? outcome = null;
        ExceptionDispatchInfo? failure = null;
        // Made here so that a render abandoned below can still say where it was.
        var context = new SandboxTemplateContext(_options, budget.Token, parameterNames);
        var thread = new Thread(() =>
        {
            try
            {
                outcome = RenderHere(template, context, globals, cancellationToken);
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        }, _options.StackSize)
        {
            IsBackground = true,
            Name = "AgreementKit template render",
        };
        thread.Start();
        var finished = thread.Join(_options.TimeBudget + AbandonGrace);
        cancellationToken.ThrowIfCancellationRequested();
        if (!finished)
            return TimedOut(template, context);
        failure?.Throw();
        return outcome!;
    }

    private RenderOutcome RenderHere(ParsedTemplate template, SandboxTemplateContext context, ScriptObject globals, CancellationToken caller)
    {
        var file = template.Source.Name;
        context.PushGlobal(globals);
        var recorder = new MarkupRecorder(file, template.Source.Text, context);
        context.PushOutput(recorder);
        try
        {
            template.Template!.Render(context);
            return new RenderOutcome(recorder.Result(), []);
        }
        catch (ScriptAbortException) when (!caller.IsCancellationRequested)
        {
            return TimedOut(template, context);
        }
        catch (ScriptAbortException exception)
        {
            throw new OperationCanceledException("The render was cancelled.", exception, caller);
        }
        catch (ScriptRuntimeException exception)
        {
            return RenderOutcome.Failed(ScribanDiagnostics.FromRuntime(exception, file, _options.OutputLimit, context.RunningStatement));
        }
    }

    private RenderOutcome TimedOut(ParsedTemplate template, SandboxTemplateContext context) =>
        RenderOutcome.Failed(Diagnostic.Error(DiagnosticCodes.TemplateTimeout,
            $"The template took longer than {_options.TimeBudget.TotalSeconds:0.###} s to render; look for a loop that does too much work.",
            context.RunningStatement is { } running ? ScribanDiagnostics.At(running.Span, template.Source.Name) : new SourceLocation { File = template.Source.Name }));

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
