using AgreementKit.Markup;
using AgreementKit.Diagnostics;
using Scriban;

namespace AgreementKit.Templates.Sandbox;

/// <summary>
/// A template parsed once and rendered any number of times, from any thread: a Scriban <see cref="Template"/>
/// holds only the syntax tree, and every render gets its own context.
/// </summary>
internal sealed class ParsedTemplate
{
    private ParsedTemplate(TemplateSource source, Template? template, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Template = template;
        Diagnostics = diagnostics;
    }

    public TemplateSource Source { get; }

    /// <summary>The syntax tree, or null when the text has errors.</summary>
    internal Template? Template { get; }

    /// <summary>Syntax errors, each at its line and column. Empty when <see cref="Template"/> is set.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Template is null;

    public static ParsedTemplate Parse(TemplateSource source)
    {
        var diagnostics = new DiagnosticBag();
        ReportLiteralMarks(source, diagnostics);
        var template = Template.Parse(source.Text, source.Name);
        foreach (var message in template.Messages)
        {
            if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                diagnostics.Add(ScribanDiagnostics.FromParseMessage(message, source.Name));
        }
        return diagnostics.HasErrors || template.HasErrors
            ? new ParsedTemplate(source, null, diagnostics.Items)
            : new ParsedTemplate(source, template, diagnostics.Items);
    }

    /// <summary>
    /// The fence characters belong to the renderer; in a template's own text they would let literal text
    /// pretend to be, or close, a fenced value.
    /// </summary>
    private static void ReportLiteralMarks(TemplateSource source, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        var index = text.AsSpan().IndexOfAny(LiteralMarks.Start, LiteralMarks.End);
        if (index < 0)
            return;
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1;
        diagnostics.Error(DiagnosticCodes.TemplateSyntax,
            $"The template contains the reserved character U+{(int)text[index]:X4}; remove it.",
            new SourceLocation { File = source.Name, Line = line, Column = column });
    }
}
