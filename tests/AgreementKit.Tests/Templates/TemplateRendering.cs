using AgreementKit.Markup;
using AgreementKit.Templates.Sandbox;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Templates;

/// <summary>Renders template text in the sandbox the way the pipeline does, for tests.</summary>
internal static class TemplateRendering
{
    public const string FileName = "test.scriban";

    private static readonly SandboxedRenderer DefaultRenderer = new();

    public static RenderOutcome Render(string template, string parametersJson = "{}", string locale = "zh-Hans", SandboxedRenderer? renderer = null) =>
        (renderer ?? DefaultRenderer).Render(new TemplateSource(FileName, template), Parameters(parametersJson), locale, CancellationToken.None);

    /// <summary>Parameters as the validator hands them over: decimals kept exact, dates left as text.</summary>
    public static JObject Parameters(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JObject.Load(reader);
    }

    /// <summary>The rendered text with fences shown as « and », so expectations show what is a value.</summary>
    public static string Shown(RenderOutcome outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Text!.Replace(LiteralMarks.Start, '«').Replace(LiteralMarks.End, '»');
    }

    /// <summary>The rendered text without fences.</summary>
    public static string Plain(RenderOutcome outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return LiteralMarks.Strip(outcome.Text!);
    }
}
