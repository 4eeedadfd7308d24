using System.Text.Json;
using AgreementKit.Diagnostics;

namespace AgreementKit.Renewals;

/// <summary>
/// Last year's agreements, in a fixed order: a folder's generated documents by file name (a DOCX where
/// there is one, else the PDF; redlines and hidden files left out), or a batch manifest's finished rows in
/// row order. The order numbers the new contracts (<c>{seq}</c>), so reruns and shards agree on it.
/// </summary>
internal static class RenewalSource
{
    public const string RedlineSuffix = ".redline";

    public static List<string> List(string source)
    {
        var full = Path.GetFullPath(source);
        if (Directory.Exists(full)) return FromFolder(full);
        if (File.Exists(full) && full.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return FromManifest(full);
        throw Problem(source, File.Exists(full) ? "is neither a folder of agreements nor a batch manifest (.jsonl)" : "does not exist");
    }

    private static List<string> FromFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".docx" or ".pdf")
            .Where(f => !Path.GetFileNameWithoutExtension(f).EndsWith(RedlineSuffix, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var docx = files.Where(f => Path.GetExtension(f).Equals(".docx", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var chosen = files.Where(f => Path.GetExtension(f).Equals(".docx", StringComparison.OrdinalIgnoreCase) || !docx.Contains(Path.GetFileNameWithoutExtension(f)))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        if (chosen.Count == 0) throw Problem(folder, "holds no DOCX or PDF agreements");
        return chosen;
    }

    private static List<string> FromManifest(string manifest)
    {
        var folder = Path.GetDirectoryName(manifest)!;
        var rows = new SortedDictionary<int, string>();
        var number = 0;
        foreach (var line in File.ReadLines(manifest))
        {
            number++;
            if (line.Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.GetProperty("status").GetString() != "done") continue;
                var files = root.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("file").GetString()!).ToList();
                var file = files.FirstOrDefault(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && !Path.GetFileNameWithoutExtension(f).EndsWith(RedlineSuffix, StringComparison.OrdinalIgnoreCase))
                    ?? files.FirstOrDefault(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
                if (file is null) continue;
                if (Path.GetFileName(file) != file) throw Problem(manifest, $"line {number}: '{file}' is not a plain file name");
                rows[root.GetProperty("row").GetInt32()] = Path.Combine(folder, file);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // The last line of a killed batch may be cut short; any other bad line is a broken manifest.
                if (number == File.ReadLines(manifest).Count()) continue;
                throw Problem(manifest, $"line {number} is not a manifest entry ({e.Message})");
            }
        }

        if (rows.Count == 0) throw Problem(manifest, "lists no finished agreements");
        return [.. rows.Values];
    }

    private static AgreementKitException Problem(string path, string what) =>
        new([Diagnostic.Error(DiagnosticCodes.RenewalInput, $"--from: '{path}' {what}", new SourceLocation { File = path })]);
}
