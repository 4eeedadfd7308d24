namespace AgreementKit.Writers;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part: the
/// bytes go to a temporary file in the same folder, are flushed to disk, then renamed over the target.
/// A failure removes the temporary file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The prefix of temporary files, so a later run can sweep what a killed one left.</summary>
    public const string TempPrefix = ".agreementkit-";

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"'{full}' is a folder");
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{full}' has no folder");
        var temp = Path.Combine(folder, $"{TempPrefix}{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Removes temporary files a killed run left in <paramref name="folder"/>.</summary>
    public static void SweepStale(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var stale in Directory.EnumerateFiles(folder, TempPrefix + "*.tmp")) TryDelete(stale);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the sweep at the next start removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
