using System.IO.Compression;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// Rewrites a package so the same parts give the same bytes: System.IO.Packaging stamps every entry with
/// the clock. Entries get one fixed time and a fixed order ([Content_Types].xml first, as some readers
/// expect, then _rels/.rels, then the rest by ordinal name) and the same compression.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>1980-01-01, the earliest time a ZIP entry can hold.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static MemoryStream Rewrite(Stream package)
    {
        var result = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        result.Position = 0;
        return result;
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
