using AgreementKit.Diagnostics;
using MiniExcelLibs;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// The first sheet of an Excel workbook, streamed row by row. Cells keep the type Excel stored: text,
/// numbers, dates (a date-formatted cell arrives as a date, not a serial number) and booleans. A cell is
/// located by its sheet row (the line) and sheet column (A = 1).
/// </summary>
internal sealed class XlsxRowSource : RowSource
{
    private XlsxRowSource(string path, IReadOnlyList<string> headers, IReadOnlyList<string> columns)
        : base(path)
    {
        Headers = headers;
        Columns = columns;
    }

    public override IReadOnlyList<string> Headers { get; }

    public override IReadOnlyList<int> HeaderColumns => [.. Columns.Select(ColumnNumber)];

    /// <summary>The sheet's column letters (A, B, …) of <see cref="Headers"/>, in the same order.</summary>
    private IReadOnlyList<string> Columns { get; }

    public static XlsxRowSource Open(string path)
    {
        try
        {
            var first = Sheet(path).FirstOrDefault() ?? throw Problem(path, "has an empty first sheet; its first row must name the columns");
            var columns = first.Where(c => !string.IsNullOrWhiteSpace(Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture)))
                .Select(c => c.Key).ToList();
            var headers = columns.Select(c => Convert.ToString(first[c], System.Globalization.CultureInfo.InvariantCulture)!.Trim()).ToList();
            return new XlsxRowSource(path, headers, columns);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or NotSupportedException)
        {
            throw Problem(path, $"is not a readable .xlsx workbook ({e.Message})");
        }
    }

    public override IEnumerable<DataRow> Read(CancellationToken cancellationToken)
    {
        var line = 0;
        var number = 0;
        foreach (var row in Sheet(Path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            if (line == 1) continue;
            var cells = new DataCell[Columns.Count];
            var empty = true;
            for (var i = 0; i < cells.Length; i++)
            {
                var value = row.TryGetValue(Columns[i], out var v) ? v : null;
                if (value is not null && !(value is string s && s.Length == 0)) empty = false;
                cells[i] = new DataCell(Headers[i], value, ColumnNumber(Columns[i]));
            }

            var extra = row.Where(c => !Columns.Contains(c.Key) && c.Value is not null && !(c.Value is string t && t.Length == 0))
                .Select(c => c.Key).OrderBy(ColumnNumber).FirstOrDefault();
            if (empty && extra is null) continue;
            number++;
            List<Diagnostic> problems = extra is null ? []
                : [Unreadable(DiagnosticCodes.BatchInput, $"it has a value in column {extra}, which has no header",
                    new SourceLocation { Line = line, Column = ColumnNumber(extra), Record = number })];
            yield return new DataRow(number, line, cells, problems);
        }
    }

    /// <summary>The sheet column letters as a number: A = 1, Z = 26, AA = 27.</summary>
    private static int ColumnNumber(string letters) =>
        letters.Aggregate(0, (number, letter) => char.IsAsciiLetterUpper(letter) ? number * 26 + letter - 'A' + 1 : number);

    private static IEnumerable<IDictionary<string, object?>> Sheet(string path) =>
        MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>();
}
