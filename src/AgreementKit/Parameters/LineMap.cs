using System.Text;

namespace AgreementKit.Parameters;

/// <summary>
/// Turns byte offsets in UTF-8 input into 1-based lines and 1-based character columns. Lines end at
/// LF, so CRLF files count the same as LF files; columns count UTF-16 units, as editors do. Text cut from a
/// larger file (a JSON Lines row) counts its lines from where it stands in that file.
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly int _firstLine;
    private readonly List<int> _lineStarts = [0];

    /// <param name="utf8">The text.</param>
    /// <param name="firstLine">The file line the text starts on.</param>
    public LineMap(byte[] utf8, int firstLine = 1)
    {
        _utf8 = utf8;
        _firstLine = firstLine;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The line and character column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        return (line + _firstLine, Encoding.UTF8.GetCharCount(_utf8, start, at - start) + 1);
    }

    /// <summary>The byte offset of a 0-based line and byte position, as System.Text.Json reports errors.</summary>
    public long OffsetOf(long zeroBasedLine, long bytePositionInLine) =>
        zeroBasedLine < _lineStarts.Count ? _lineStarts[(int)zeroBasedLine] + bytePositionInLine : _utf8.Length;
}
