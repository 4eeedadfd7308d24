using AgreementKit.Diagnostics;
using Scriban.Syntax;

namespace AgreementKit.Lint;

/// <summary>
/// The text a template prints by itself — its literal text and the string literals of its code — in source
/// order, each with the if/case branches it sits in. Markup comment lines (<c>% …</c>) are never printed
/// and are left out.
/// </summary>
internal sealed class TemplateText
{
    private readonly string _source;
    private readonly HashSet<int> _commentLines;
    private readonly TextPositions _positions;
    private readonly List<TextPiece> _pieces = [];
    private readonly List<(object Conditional, int Branch)> _branches = [];

    private TemplateText(string source, TextPositions positions)
    {
        _source = source;
        _positions = positions;
        _commentLines = Enumerable.Range(1, positions.LineCount).Where(l => positions.LineText(l).TrimStart(' ', '\t').StartsWith('%')).ToHashSet();
    }

    public static IReadOnlyList<TextPiece> Collect(ScriptPage page, string source, TextPositions positions)
    {
        var text = new TemplateText(source, positions);
        text.Visit(page);
        return text._pieces;
    }

    private void Visit(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case ScriptRawStatement raw:
                AddRaw(raw.Text.Index, raw.Text.Length);
                return;
            case ScriptLiteral { Value: string value } literal:
                // Scriban's span covers the quotes; the text starts after the opening one. With escapes
                // (\n, \u4E00) the source and the value differ, and characters are located at the literal.
                var start = literal.Span.Start.Offset + 1;
                var exact = start + value.Length <= _source.Length && string.CompareOrdinal(_source, start, value, 0, value.Length) == 0;
                if (value.Length > 0 && !_commentLines.Contains(_positions.Locate(start).Line))
                    _pieces.Add(new TextPiece(exact ? start : literal.Span.Start.Offset, value, IsCode: true, exact, [.. _branches]));
                return;
            case ScriptIfStatement conditional:
                Visit(conditional.Condition);
                InBranch(conditional, 0, conditional.Then);
                InBranch(conditional, 1, conditional.Else);
                return;
            case ScriptWhenStatement whenStatement:
                foreach (var value in whenStatement.Values) Visit(value);
                InBranch(whenStatement, 0, whenStatement.Body);
                InBranch(whenStatement, 1, whenStatement.Next);
                return;
            default:
                foreach (var child in node.Children) Visit(child);
                return;
        }
    }

    private void InBranch(ScriptNode conditional, int branch, ScriptNode? body)
    {
        _branches.Add((conditional, branch));
        Visit(body);
        _branches.RemoveAt(_branches.Count - 1);
    }

    /// <summary>Adds literal text line by line, leaving out comment lines.</summary>
    private void AddRaw(int offset, int length)
    {
        var end = offset + length;
        var start = offset;
        while (start < end)
        {
            var newline = _source.IndexOf('\n', start, end - start);
            var stop = newline < 0 ? end : newline + 1;
            if (!_commentLines.Contains(_positions.Locate(start).Line))
                _pieces.Add(new TextPiece(start, _source[start..stop], IsCode: false, Exact: true, [.. _branches]));
            start = stop;
        }
    }
}
