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

    private CsvRowSource(string path, Encoding encoding, IReadOnlyList<string> headers)
        : base(path)
    {
        _encoding = encoding;
        Headers = headers;
    }

    public override IReadOnlyList<string> Headers { get; }

    public static new CsvRowSource Open(string path, Encoding? encoding)
    {
        EncodingCheck.Verify(path, encoding);
        // The preamble-emitting UTF-8 makes StreamReader skip a BOM; the check above has already refused bad bytes.
        var chosen = encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        using var reader = CsvReader.Create(new StreamReader(path, chosen, detectEncodingFromByteOrderMarks: false), Options(_ => { }));
        var headers = reader.Headers.Select((h, i) => (i == 0 ? h.TrimStart('\uFEFF') : h).Trim()).ToList();
        if (headers.Count == 0 || (headers.Count == 1 && headers[0].Length == 0))
            throw Problem(path, "is empty; its first line must name the columns");
        return new CsvRowSource(path, chosen, headers);
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
            Diagnostic? problem = null;
            if (malformed.Remove(line))
                problem = RowProblem(number, line, "a quote (\") is out of place: quote the whole cell and double quotes inside it (\"\")");
            else if (reader.FieldCount != Headers.Count)
                problem = RowProblem(number, line, $"the row has {reader.FieldCount} cells but the header names {Headers.Count} columns");
            var cells = new DataCell[Math.Min(reader.FieldCount, Headers.Count)];
            for (var i = 0; i < cells.Length; i++) cells[i] = new DataCell(Headers[i], reader.GetString(i));
            yield return new DataRow(number, line, cells, problem);
        }
    }

    private Diagnostic RowProblem(int number, int line, string message) =>
        Diagnostic.Error(DiagnosticCodes.BatchInput, message, new SourceLocation { File = Path, Line = line, Record = number });

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
