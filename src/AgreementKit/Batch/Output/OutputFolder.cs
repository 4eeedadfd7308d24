using System.Security.Cryptography;

namespace AgreementKit.Batch.Output;

/// <summary>
/// The batch's <c>--out</c> folder: the only place a batch writes (promise R12). Every file is written to
/// a temporary name in the folder, flushed and renamed (R13), so a kill leaves complete files or none;
/// temporary files a killed run left are swept at the start. Names must be plain file names (the
/// sanitiser's output); anything that would resolve elsewhere, or a symbolic link in the way, is refused.
/// </summary>
internal sealed class OutputFolder
{
    /// <summary>What every batch temporary file starts with (a dot: hidden, and never a sanitised name).</summary>
    public const string TempPrefix = ".agreementkit-batch-";

    private readonly string _tempPrefix;

    private OutputFolder(string root, string tempPrefix)
    {
        Root = root;
        _tempPrefix = tempPrefix;
    }

    /// <summary>The folder's full path, links resolved.</summary>
    public string Root { get; }

    /// <summary>
    /// Creates the folder when missing and sweeps stale temporary files. A shard sweeps only its own, so
    /// the pods of a cluster job can share one folder without deleting each other's work in progress.
    /// </summary>
    public static OutputFolder Open(string path, BatchShard shard)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (File.Exists(full)) throw new IOException($"'{full}' is a file; --out must be a folder");
        var info = Directory.CreateDirectory(full);
        var root = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var prefix = shard.Count > 1 ? $"{TempPrefix}{shard.Index}of{shard.Count}-" : TempPrefix;
        var folder = new OutputFolder(root, prefix);
        folder.SweepStale();
        return folder;
    }

    /// <summary>The full path of <paramref name="name"/> inside the folder; throws when it would be anywhere else.</summary>
    public string PathOf(string name)
    {
        if (name.Length == 0 || name is "." or ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0 || Path.IsPathRooted(name))
            throw new OutputRefusedException($"'{name}' is not a plain file name");
        var full = Path.GetFullPath(Path.Combine(Root, name));
        if (!string.Equals(Path.GetDirectoryName(full), Root, StringComparison.Ordinal))
            throw new OutputRefusedException($"'{name}' would be written outside {Root}");
        var existing = new FileInfo(full);
        if (existing.LinkTarget is not null)
            throw new OutputRefusedException($"'{full}' is a symbolic link (to {existing.LinkTarget}); remove it, the batch does not write through links");
        if (Directory.Exists(full))
            throw new OutputRefusedException($"'{full}' is a folder");
        return full;
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/>: temporary file, flush to disk, rename.</summary>
    public void Write(string name, ReadOnlySpan<byte> bytes)
    {
        var target = PathOf(name);
        var temp = NewTempPath();
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>A fresh temporary path in the folder, for writers that stream (reports), to be renamed with <see cref="Commit"/>.</summary>
    public string NewTempPath() => Path.Combine(Root, $"{_tempPrefix}{Guid.NewGuid():N}.tmp");

    /// <summary>Renames a finished temporary file to <paramref name="name"/>.</summary>
    public void Commit(string temp, string name) => File.Move(temp, PathOf(name), overwrite: true);

    /// <summary>True when <paramref name="name"/> exists with exactly this size and SHA-256 (what a resumed run may keep).</summary>
    public bool Holds(string name, long size, string sha256)
    {
        string path;
        try
        {
            path = PathOf(name);
        }
        catch (OutputRefusedException)
        {
            return false;
        }

        var file = new FileInfo(path);
        if (!file.Exists || file.Length != size) return false;
        using var stream = file.OpenRead();
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), sha256, StringComparison.Ordinal);
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The sweep at the next start removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void SweepStale()
    {
        // Unsharded runs also remove what AtomicFile (single renders) may have left.
        var pattern = _tempPrefix == TempPrefix ? ".agreementkit-*.tmp" : _tempPrefix + "*.tmp";
        foreach (var stale in Directory.EnumerateFiles(Root, pattern)) TryDelete(stale);
    }
}
