using AgreementKit.Diagnostics;
using AgreementKit.Markup;

namespace AgreementKit.Model.Parsing;

/// <summary>
/// The rendered markup split into lines, each mapped back through the render's <see cref="SourceMap"/>: a
/// line and column of the rendered text become the template's own line and column, and a line tells which
/// parameters it printed. The parser and the assembler see rendered lines; everything they report and
/// record is in template terms.
/// </summary>
internal sealed class MarkupLines
{
    private readonly RenderedMarkup _markup;
    private readonly List<int> _starts = [0];

    public MarkupLines(RenderedMarkup markup)
    {
        _markup = markup;
        var text = markup.Text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _starts.Add(i + 1);
        Lines = [.. Enumerable.Range(0, _starts.Count).Select(Line)];
    }

    /// <summary>The rendered lines, without their line breaks; line n (1-based) is <c>Lines[n - 1]</c>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The template position of a 1-based rendered line and column.</summary>
    public SourceLocation Locate(int line, int column = 1)
    {
        var start = _starts[Math.Clamp(line, 1, _starts.Count) - 1];
        return _markup.Map.Locate(start + Math.Max(column, 1) - 1);
    }

    /// <summary>Where a rendered line came from: the template position of its first visible character and the parameters it printed.</summary>
    public Provenance Origin(int line)
    {
        var index = Math.Clamp(line, 1, _starts.Count) - 1;
        var text = Lines[index];
        var first = 0;
        while (first < text.Length && text[first] is ' ' or '\t' or '\r') first++;
        var start = _starts[index];
        // A line that opens with a value (its fence) is located at the expression that printed it.
        return new Provenance(_markup.Map.Locate(start + first), _markup.Map.ParametersIn(start, start + text.Length));
    }

    private string Line(int index)
    {
        var text = _markup.Text;
        var start = _starts[index];
        var end = index + 1 < _starts.Count ? _starts[index + 1] - 1 : text.Length;
        return text[start..end];
    }
}
