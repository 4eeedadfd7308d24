using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json;
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

    private static (JObject? Row, string? Problem) Parse(string text, int line)
    {
        using var json = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = ParameterReaderOptions.Default.MaxDepth,
        };
        try
        {
            var token = JToken.ReadFrom(json, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (json.Read()) return (null, $"line {line} holds more than one JSON value; each line must be one object {{ … }}");
            return token is JObject row ? (row, null) : (null, $"line {line} is not a JSON object {{ … }}");
        }
        catch (JsonReaderException e)
        {
            return (null, $"line {line} is not valid JSON at character {e.LinePosition}: {e.Message.Split(". Path", 2)[0]}");
        }
    }
}
