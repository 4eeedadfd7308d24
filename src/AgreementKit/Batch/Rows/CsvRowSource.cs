using System.Text;
using AgreementKit.Diagnostics;
using CsvHelper;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// A CSV file as Excel and HR systems write it: a header row, commas, RFC 4180 quoting (cells may hold
/// commas, quotes and line breaks), CRLF or LF, UTF-8 with or without BOM, or GB18030 when asked for.
/// Every cell stays text: <c>007</c> and <c>1E5</c> are converted later by the schema's type, never guessed.
/// </summary>
internal sealed class CsvRowSource : RowSource
{
    private readonly Encoding _encoding;

    private CsvRowSource(string path, Encoding encoding, IReadOnlyList<string> headers, IReadOnlyList<int> headerColumns)
        : base(path)
    {
        _encoding = encoding;
        Headers = headers;
        HeaderColumns = headerColumns;
    }

    public override IReadOnlyList<string> Headers { get; }

    public override IReadOnlyList<int> HeaderColumns { get; }

    public static new CsvRowSource Open(string path, Encoding? encoding)
    {
        EncodingCheck.Verify(path, encoding);
        // The preamble-emitting UTF-8 makes StreamReader skip a BOM; the check above has already refused bad bytes.
        var chosen = encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        using var reader = CsvReader.Create(new StreamReader(path, chosen, detectEncodingFromByteOrderMarks: false), Options(_ => { }));
        var headers = reader.Headers.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToList();
        if (headers.Count == 0 || (headers.Count == 1 && headers[0].Length == 0))
            throw Problem(path, "is empty; its first line must name the columns");
        using var firstLine = new StreamReader(path, chosen, detectEncodingFromByteOrderMarks: false);
        return new CsvRowSource(path, chosen, headers, HeaderColumnsOf(firstLine.ReadLine() ?? "", headers.Count));
    }

    /// <summary>
    /// The character column where each header's text starts on the first line (quotes and leading spaces
    /// skipped), for messages about a header; 0 after a header that spans lines.
    /// </summary>
    internal static IReadOnlyList<int> HeaderColumnsOf(string line, int count)
    {
        var columns = new int[count];
        var field = 0;
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= line.Length && field < count; i++)
        {
            if (i < line.Length && line[i] == '"') quoted = !quoted;
            if (i < line.Length && (quoted || line[i] != ',')) continue;
            var text = start;
            while (text < i && line[text] is ' ' or '\t' or '"' or '\uFEFF') text++;
            columns[field++] = text + 1;
            start = i + 1;
        }

        // After a header with a line break inside its quotes, the rest stay unknown (0).
        return columns;
    }

    public override IEnumerable<DataRow> Read(CancellationToken cancellationToken)
    {
        var malformed = new HashSet<long>();
        using var reader = CsvReader.Create(new StreamReader(Path, _encoding, detectEncodingFromByteOrderMarks: false),
            Options(record => malformed.Add(record.LineNumber)));
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = checked((int)reader.RowNumber);
            var line = checked((int)reader.LineNumber);
            var where = new SourceLocation { Line = line, Record = number };
            List<Diagnostic> problems = [];
            if (malformed.Remove(line))
                problems.Add(Unreadable(DiagnosticCodes.BatchInput, "a quote (\") is out of place; quote the whole cell and double quotes inside it (\"\")", where));
            else if (reader.FieldCount != Headers.Count)
                problems.Add(Unreadable(DiagnosticCodes.BatchInput, $"it has {reader.FieldCount} cells but the header names {Headers.Count} columns", where));
            var cells = new DataCell[Math.Min(reader.FieldCount, Headers.Count)];
            for (var i = 0; i < cells.Length; i++) cells[i] = new DataCell(Headers[i], reader.GetString(i));
            yield return new DataRow(number, line, cells, problems);
        }
    }

    private static CsvReaderOptions Options(Action<CsvMalformedRecord> onMalformed) => new()
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        TrimWhitespace = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
        OnMalformedRecord = onMalformed,
    };
}
