using AgreementKit.Writers;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// Decides the file of each format: <c>--out</c> is the file for one format, and a folder (created when
/// missing) for several, or when it names an existing folder.
/// </summary>
internal static class OutputTargets
{
    public static IReadOnlyList<(IAgreementWriter Format, string Path)> Resolve(string output, IReadOnlyList<IAgreementWriter> formats, string packId)
    {
        var full = Path.GetFullPath(output);
        if (formats.Count == 1 && !Directory.Exists(full))
        {
            var parent = Path.GetDirectoryName(full);
            if (parent is not null && File.Exists(parent))
                throw new UsageException($"--out: '{parent}' is a file, not a folder");
            if (parent is not null && !Directory.Exists(parent))
                throw new UsageException($"--out: the folder '{parent}' does not exist");
            return [(formats[0], full)];
        }

        if (File.Exists(full)) throw new UsageException($"--out: '{full}' is a file; several formats need a folder");
        Directory.CreateDirectory(full);
        return formats.Select(f => (f, Path.Combine(full, $"{packId}.{f.FileExtension}"))).ToList();
    }
}
