namespace AgreementKit.Diagnostics;

/// <summary>
/// Turns character offsets in a text into 1-based lines and columns. Lines end at LF (so CRLF files count
/// like LF files) and columns count UTF-16 units, as editors and the rest of AgreementKit's diagnostics do.
/// </summary>
internal sealed class TextPositions
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                _lineStarts.Add(i + 1);
        }
    }

    public (int Line, int Column) Locate(int offset)
    {
        var at = Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, at - _lineStarts[line] + 1);
    }

    public SourceLocation At(string file, int offset)
    {
        var (line, column) = Locate(offset);
        return new SourceLocation { File = file, Line = line, Column = column };
    }

    /// <summary>The offset of a 1-based line and column.</summary>
    public int OffsetOf(int line, int column) =>
        Math.Clamp(_lineStarts[Math.Clamp(line, 1, _lineStarts.Count) - 1] + column - 1, 0, _text.Length);

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Count) return "";
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Count ? _lineStarts[line] - 1 : _text.Length;
        return _text[start..end].TrimEnd('\r');
    }

    public int LineCount => _lineStarts.Count;
}
