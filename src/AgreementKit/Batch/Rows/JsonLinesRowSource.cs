using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// JSON Lines: one JSON object per line, each a partial parameter document (nested objects, or dotted
/// keys such as <c>"salesperson.name"</c>). Values keep their JSON types; blank lines are skipped.
/// </summary>
internal sealed class JsonLinesRowSource : RowSource
{
    public JsonLinesRowSource(string path)
        : base(path) => EncodingCheck.Verify(path, null);

    public override IReadOnlyList<string>? Headers => null;

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
            var (row, problem) = Parse(text, line);
            if (row is null)
            {
                yield return new DataRow(number, line, [], Diagnostic.Error(DiagnosticCodes.MalformedJson, problem!, new SourceLocation { File = Path, Line = line, Record = number }));
                continue;
            }

            yield return new DataRow(number, line, row.Properties().Select(p => new DataCell(p.Name, p.Value)).ToList());
        }
    }

    /// <summary>The line read by the engine's own strict reader, so a row means what the same JSON in a parameter file means.</summary>
    private static (JObject? Row, string? Problem) Parse(string text, int line)
    {
        var read = new ParameterReader().ReadText(text, "line");
        if (read.Document is { } row) return (row, null);
        var first = read.Diagnostics.First(d => d.IsError);
        var where = first.Location.Column > 0 ? $" at character {first.Location.Column}" : "";
        return (null, $"line {line} is not one valid JSON object{where}: {first.Message}");
    }
}
