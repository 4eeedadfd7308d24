using AgreementKit.Diagnostics;

namespace AgreementKit.Markup;

/// <summary>
/// Where each stretch of rendered markup came from: the template's own text, character for character, or
/// a value an expression printed — located at the expression, with the parameter paths it read. Built while
/// the template renders, so a markup error or a missing glyph is reported in the template and the
/// parameters, never in the rendered text. Append-only while rendering; read-only afterwards.
/// </summary>
internal sealed class SourceMap
{
    private readonly List<Piece> _pieces = [];
    private readonly TextPositions _template;

    public SourceMap(string templateName, string templateText)
    {
        TemplateName = templateName;
        _template = new TextPositions(templateText);
    }

    /// <summary>The name diagnostics show for the template, e.g. <c>zh-Hans.scriban</c>.</summary>
    public string TemplateName { get; }

    /// <summary>A stretch of output: template text starting at <see cref="TemplateOffset"/>, or a printed value.</summary>
    private readonly record struct Piece(int Start, int Length, int TemplateOffset, bool IsValue, IReadOnlyList<string> Parameters);

    /// <summary>A map for markup that is its own source (tests, markup handed in directly): every offset maps to itself.</summary>
    public static SourceMap Identity(string name, string text)
    {
        var map = new SourceMap(name, text);
        map.AddTemplateText(0, text.Length, 0);
        return map;
    }

    public void AddTemplateText(int outputStart, int length, int templateOffset)
    {
        if (length > 0) _pieces.Add(new Piece(outputStart, length, templateOffset, false, []));
    }

    public void AddValue(int outputStart, int length, int expressionOffset, IReadOnlyList<string> parameters)
    {
        if (length > 0) _pieces.Add(new Piece(outputStart, length, expressionOffset, true, parameters));
    }

    /// <summary>
    /// The template position of an output character: its own position for template text, the printing
    /// expression's for a value. Past the end, the position just after the last piece.
    /// </summary>
    public SourceLocation Locate(int outputOffset)
    {
        if (_pieces.Count == 0) return _template.At(TemplateName, 0);
        var piece = _pieces[PieceAt(outputOffset)];
        var offset = piece.IsValue ? piece.TemplateOffset : piece.TemplateOffset + Math.Clamp(outputOffset - piece.Start, 0, piece.Length);
        return _template.At(TemplateName, offset);
    }

    /// <summary>The parameter paths the values printed in [start, end) were read from, each once, in order.</summary>
    public IReadOnlyList<string> ParametersIn(int start, int end)
    {
        if (_pieces.Count == 0 || end <= start) return [];
        List<string>? paths = null;
        for (var i = PieceAt(start); i < _pieces.Count && _pieces[i].Start < end; i++)
        {
            var piece = _pieces[i];
            if (!piece.IsValue || piece.Start + piece.Length <= start) continue;
            foreach (var path in piece.Parameters)
            {
                paths ??= [];
                if (!paths.Contains(path)) paths.Add(path);
            }
        }
        return paths ?? (IReadOnlyList<string>)[];
    }

    // The last piece starting at or before the offset (pieces are in output order and do not overlap).
    private int PieceAt(int outputOffset)
    {
        int low = 0, high = _pieces.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_pieces[mid].Start <= outputOffset) low = mid; else high = mid - 1;
        }
        return low;
    }
}
