using System.Runtime.InteropServices;

namespace AgreementKit.Writers;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part: the
/// bytes go to a temporary file in the same folder, are flushed to disk, then renamed over the target.
/// A failure removes the temporary file. Only a regular file is ever replaced: renaming over a device
/// such as <c>/dev/null</c> would, for root, swap the device for a plain file; over a symbolic link it would
/// replace the link instead of writing where it points (promise R12 refuses links).
/// </summary>
internal static class AtomicFile
{
    /// <summary>The prefix of temporary files, so a later run can sweep what a killed one left.</summary>
    public const string TempPrefix = ".agreementkit-";

    public static void Write(string path, ReadOnlySpan<byte> bytes) => Write(path, bytes, OpenTemp);

    /// <summary>
    /// <see cref="Write(string, ReadOnlySpan{byte})"/> with the temporary file opened by
    /// <paramref name="openTemp"/> (tests use it to simulate a full disk).
    /// </summary>
    internal static void Write(string path, ReadOnlySpan<byte> bytes, Func<string, Stream> openTemp)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"'{full}' is a folder");
        if (new FileInfo(full).LinkTarget is not null) throw new IOException($"'{full}' is a symbolic link; write to the real file instead");
        if (IsSpecialFile(full)) throw new IOException($"'{full}' is a device, pipe or socket, not a regular file");
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{full}' has no folder");
        var temp = Path.Combine(folder, $"{TempPrefix}{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = openTemp(temp))
            {
                stream.Write(bytes);
                if (stream is FileStream file) file.Flush(flushToDisk: true);
                else stream.Flush();
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static FileStream OpenTemp(string temp) => new(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>
    /// True when <paramref name="path"/> exists and is neither a regular file nor a folder. .NET has no
    /// file-type API, so Linux asks statx (its layout is the same on every architecture); other Unix
    /// systems refuse /dev; Windows has no device files in folders.
    /// </summary>
    private static bool IsSpecialFile(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var buffer = new byte[256];
                if (Statx(-100 /* AT_FDCWD */, path, 0x100 /* AT_SYMLINK_NOFOLLOW */, 0x1 /* STATX_TYPE */, buffer) != 0) return false; // absent
                var mode = BitConverter.ToUInt16(buffer, 28); // stx_mode
                const int typeMask = 0xF000, regular = 0x8000, directory = 0x4000;
                return (mode & typeMask) is not (regular or directory);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx (glibc before 2.28): fall through to the /dev rule.
            }
        }

        return !OperatingSystem.IsWindows() && path.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(path);
    }

    // ANSI strings are UTF-8 on Unix; DllImport needs no unsafe code for a string and a byte array.
    [DllImport("libc", EntryPoint = "statx", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directoryFd, string path, int flags, uint mask, [Out] byte[] buffer);

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
