using AgreementKit.Parameters;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// JSON Lines: one JSON object per line, each a partial parameter document (nested objects, or dotted
/// keys such as <c>"salesperson.name"</c>). Values keep their JSON types; blank lines are skipped. Each line
/// is read by the engine's own strict reader, so a row means what the same JSON in a parameter file means,
/// and every position — of a value, of a syntax error, of the first of two equal keys — is a position in
/// the file, not in the row.
/// </summary>
internal sealed class JsonLinesRowSource : RowSource
{
    public JsonLinesRowSource(string path)
        : base(path) => EncodingCheck.Verify(path, null);

    public override IReadOnlyList<string>? Headers => null;

    public override IReadOnlyList<int>? HeaderColumns => null;

    public override IEnumerable<DataRow> Read(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Path, new System.Text.UTF8Encoding(true, true), detectEncodingFromByteOrderMarks: false);
        var line = 0;
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            number++;
            var read = new ParameterReader().ReadText(text, Path, line);
            if (read.Document is { } row)
            {
                yield return new DataRow(number, line, [.. row.Properties().Select(p => new DataCell(p.Name, p.Value))]);
                continue;
            }

            yield return new DataRow(number, line, [],
                [.. read.Diagnostics.Where(d => d.IsError).Select(d => Unreadable(d.Code, d.Message, d.Location with { Record = number }))]);
        }
    }
}
