using System.Text;
using AgreementKit.Markup;
using Scriban.Runtime;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// The render's output: collects the markup and, for each write, where it came from. Scriban writes the
/// template's literal text as slices of the template source itself, so a write of that very string is
/// template text at a known offset; every other write is a value the sandbox fenced, attributed to the
/// statement that printed it.
/// </summary>
internal sealed class MarkupRecorder(string templateName, string templateText, SandboxTemplateContext context) : IScriptOutput
{
    private readonly StringBuilder _text = new();
    private readonly SourceMap _map = new(templateName, templateText);

    public void Write(string text, int offset, int count)
    {
        var start = _text.Length;
        _text.Append(text, offset, count);
        if (ReferenceEquals(text, templateText))
            _map.AddTemplateText(start, count, offset);
        else
            _map.AddValue(start, count, context.PrintingOffset, context.PrintingParameters);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public RenderedMarkup Result() => new(_text.ToString(), _map);

    public override string ToString() => _text.ToString();
}
