using System.Text.Json;

namespace AgreementKit.Batch.Output;

/// <summary>
/// Writes <c>manifest.jsonl</c> as the batch goes, one line per finished row in row order, each flushed
/// at once, so a killed run leaves a record of every row it completed. A line cut short by the kill is
/// ignored when a resumed run reads the journal back.
/// </summary>
internal sealed class ManifestJournal : IDisposable
{
    private readonly FileStream _stream;

    private ManifestJournal(FileStream stream) => _stream = stream;

    /// <summary>Starts a fresh journal at <paramref name="path"/> (the previous one must have been read first).</summary>
    public static ManifestJournal Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read));

    /// <summary>Every complete entry of a previous journal by row; empty when there is none.</summary>
    public static Dictionary<int, ManifestEntry> ReadPrevious(string path, string? dataFile)
    {
        var entries = new Dictionary<int, ManifestEntry>();
        if (!File.Exists(path)) return entries;
        foreach (var line in File.ReadLines(path))
        {
            if (TryParse(line, dataFile) is { } entry) entries[entry.Row] = entry;
        }

        return entries;
    }

    public void Append(ManifestEntry entry, int line)
    {
        _stream.Write(BatchJson.Line(w =>
        {
            w.WriteNumber("row", entry.Row);
            w.WriteNumber("line", line);
            if (entry.Name is not null) w.WriteString("name", entry.Name);
            w.WriteString("input", entry.Input);
            w.WriteString("status", entry.Status);
            w.WriteStartArray("outputs");
            foreach (var output in entry.Outputs)
            {
                w.WriteStartObject();
                w.WriteString("file", output.File);
                w.WriteString("sha256", output.Sha256);
                w.WriteNumber("size", output.Size);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (entry.Warnings.Count > 0)
            {
                w.WriteStartArray("warnings");
                foreach (var warning in entry.Warnings)
                {
                    w.WriteStartObject();
                    BatchJson.WriteDiagnostic(w, warning);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
        }));
        // To the operating system at once: a kill -9 of this process then loses nothing written here.
        _stream.Flush();
    }

    public void Dispose() => _stream.Dispose();

    private static ManifestEntry? TryParse(string line, string? dataFile)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var row = root.GetProperty("row").GetInt32();
            var rowLine = root.TryGetProperty("line", out var l) ? l.GetInt32() : 0;
            var outputs = root.GetProperty("outputs").EnumerateArray()
                .Select(o => new ManifestOutput(o.GetProperty("file").GetString()!, o.GetProperty("sha256").GetString()!, o.GetProperty("size").GetInt64()))
                .ToList();
            var warnings = root.TryGetProperty("warnings", out var w)
                ? w.EnumerateArray().Select(e => BatchJson.ReadDiagnostic(e, row, rowLine, dataFile)).ToList()
                : [];
            var name = root.TryGetProperty("name", out var n) ? n.GetString() : null;
            return new ManifestEntry(row, name, root.GetProperty("input").GetString()!, root.GetProperty("status").GetString()!, outputs, warnings);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }
}
