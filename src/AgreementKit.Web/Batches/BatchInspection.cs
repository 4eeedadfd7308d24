using System.Globalization;
using AgreementKit.Batch.Rows;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Batches;

/// <summary>
/// What the batch page shows before anything runs: the data file's column headers with the first row's
/// values, and the uploaded defaults and column map checked as the command line checks them.
/// </summary>
internal static class BatchInspection
{
    /// <summary>The headers (for JSONL: the first record's keys) and the first row's values as text.</summary>
    public static (IReadOnlyList<string> Headers, IReadOnlyList<string> Samples) Columns(string dataPath, string? encoding)
    {
        var source = RowSource.Open(dataPath, encoding is null ? null : InputEncoding.FromName(encoding)
            ?? throw new AgreementKitException([Diagnostic.Error(DiagnosticCodes.BatchInput, $"the encoding '{encoding}' is not supported (utf-8, gb18030)", new SourceLocation())]));
        var first = source.Read(CancellationToken.None).FirstOrDefault();
        if (first is { Unreadable: true } unreadable && source.Headers is null) throw new AgreementKitException(unreadable.Problems);
        var headers = source.Headers ?? first?.Cells.Select(c => c.Header).ToList() ?? [];
        // A header row's cells stand in its order (two columns may share a header); a JSON record's are found by key.
        var samples = headers.Select((h, i) => (source.Headers is null ? first?.Cells.FirstOrDefault(c => c.Header == h) : first?.Cells.ElementAtOrDefault(i))?.Value is { } value
            ? Shown(value) : "").ToList();
        return (headers, samples);
    }

    /// <summary>Problems of the defaults file, located in it by its uploaded name.</summary>
    public static IReadOnlyList<Diagnostic> Defaults(byte[] bytes, string name)
    {
        var read = new ParameterReader().Read(bytes, name);
        return read.Document is null ? read.Diagnostics : [];
    }

    /// <summary>The column map, or the problem with it (the same rules as <c>--map</c>).</summary>
    public static (IReadOnlyDictionary<string, string>? Map, string? Problem) Map(byte[] bytes, string name)
    {
        JToken token;
        try
        {
            token = JToken.Parse(new System.Text.UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (JsonReaderException e)
        {
            return (null, $"{name}({e.LineNumber},{e.LinePosition}): error {DiagnosticCodes.BatchColumn}: the column map is not valid JSON");
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (null, $"{name}: error {DiagnosticCodes.BatchColumn}: the column map is not UTF-8; save it as UTF-8");
        }

        if (token is not JObject map) return (null, $"{name}: error {DiagnosticCodes.BatchColumn}: the column map must be one JSON object {{\"header\": \"parameter.path\", …}}");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in map.Properties())
        {
            if (property.Value.Type != JTokenType.String)
                return (null, $"{name}: error {DiagnosticCodes.BatchColumn}: the column map sends '{DisplayText.Safe(property.Name)}' to {property.Value.Type.ToString().ToLowerInvariant()}; give a parameter path as text");
            result[property.Name.Trim()] = ((string)property.Value!).Trim();
        }

        return (result, null);
    }

    private static string Shown(object value) => value switch
    {
        string text => text,
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        JToken token => token.Type == JTokenType.String ? (string)token! : token.ToString(Formatting.None),
        _ => value.ToString() ?? "",
    };
}
