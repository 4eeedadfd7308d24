using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace AgreementKit.Web.Batches;

/// <summary>
/// The app's one temporary folder (<c>agreementkit-serve-PID-RANDOM</c>, readable by its owner only), holding a
/// folder per batch. Removed when the app stops; folders left by a server that was killed are removed by the
/// next one once their process is gone. Every path the app writes is made here, never from client input.
/// </summary>
internal sealed class BatchWorkspace : IDisposable
{
    private const string Prefix = "agreementkit-serve-";
    private readonly string _parent;
    private readonly object _gate = new();
    private bool _created;

    public BatchWorkspace(AgreementKitWebOptions options)
    {
        _parent = Path.GetFullPath(options.WorkFolder ?? Path.GetTempPath());
        Root = Path.Combine(_parent, $"{Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}");
    }

    public string Root { get; }

    /// <summary>A new, empty folder for one batch.</summary>
    public string NewFolder()
    {
        lock (_gate)
        {
            if (!_created)
            {
                SweepAbandoned();
                if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Root);
                else Directory.CreateDirectory(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                _created = true;
            }
        }

        var folder = Path.Combine(Root, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Removes a batch folder; only ever one inside <see cref="Root"/>.</summary>
    public void Delete(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new ArgumentException("not a batch folder", nameof(folder));
        DeleteTree(full);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_created) DeleteTree(Root);
            _created = false;
        }
    }

    private void SweepAbandoned()
    {
        if (!Directory.Exists(_parent)) return;
        foreach (var folder in Directory.EnumerateDirectories(_parent, Prefix + "*"))
        {
            var name = Path.GetFileName(folder);
            var parts = name[Prefix.Length..].Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId || IsRunning(pid))
                continue;
            DeleteTree(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteTree(string folder)
    {
        try
        {
            // A link inside is removed as a link; Directory.Delete never follows it.
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Someone still reads a file (a download in progress); the next sweep or the stop removes it.
        }
    }
}
