using System.Text.Json;

namespace AgreementKit.Web.Batches;

/// <summary>Reads the problems a batch wrote to <c>errors.jsonl</c> (the same lines errors.csv has).</summary>
internal static class ErrorsFile
{
    /// <summary>The most problems a page shows; the rest are in errors.csv.</summary>
    public const int MaxShown = 1000;

    public static (List<RowError> Shown, int More) Read(string path)
    {
        var shown = new List<RowError>();
        var more = 0;
        if (!File.Exists(path)) return (shown, more);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            if (shown.Count >= MaxShown)
            {
                more++;
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            string? Text(string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            int Number(string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0;
            shown.Add(new RowError(Number("row"), Number("line"), Text("column"), Text("field"), Text("severity") ?? "error", Text("code") ?? "", Text("message") ?? ""));
        }

        return (shown, more);
    }
}
