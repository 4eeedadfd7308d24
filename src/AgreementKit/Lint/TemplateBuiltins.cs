using AgreementKit.Templates.Sandbox;

namespace AgreementKit.Lint;

/// <summary>
/// The global names a template may use that are not parameters: the sandbox's Scriban built-ins
/// (<c>string</c>, <c>array</c>, <c>math</c>, <c>date</c> …), <c>zh</c>, <c>locale</c> and the host's
/// function object <c>fn</c>. Taken from the sandbox itself so that lint and render agree.
/// </summary>
internal static class TemplateBuiltins
{
    public static IReadOnlySet<string> Names { get; } = Build();

    private static HashSet<string> Build()
    {
        var context = new SandboxTemplateContext(new SandboxOptions(), CancellationToken.None);
        var names = new HashSet<string>(context.BuiltinObject.Keys, StringComparer.Ordinal)
        {
            SandboxedRenderer.FunctionsName,
            SandboxedRenderer.LocaleName,
            // AgreementEngineOptions.Functions are reached as fn.name (EngineStages).
            "fn",
        };
        return names;
    }
}
