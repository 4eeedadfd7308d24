using System.Reflection;

namespace AgreementKit.Templates.Packs;

/// <summary>
/// Where template packs come from: the packs embedded in the library, a folder on disk, or files held in
/// memory. A pack is a folder named by its id holding <c>manifest.json</c>, <c>schema.json</c>,
/// <c>example.&lt;locale&gt;.json</c> and <c>&lt;locale&gt;.scriban</c>.
/// </summary>
public abstract class TemplatePackSource
{
    private protected TemplatePackSource()
    {
    }

    /// <summary>The packs shipped inside the library (<c>sales-crm-responsibility</c>, <c>agent-loyalty-strategy</c>).</summary>
    public static TemplatePackSource Embedded { get; } = new EmbeddedPackSource();

    /// <summary>Packs in the sub-folders of <paramref name="directory"/> (each with a manifest.json).</summary>
    public static TemplatePackSource FromDirectory(string directory) => new DirectoryPackSource(directory);

    /// <summary>
    /// Packs held in memory: keys are paths such as <c>my-pack/manifest.json</c> and <c>my-pack/zh-Hans.scriban</c>,
    /// values the files' text.
    /// </summary>
    public static TemplatePackSource FromFiles(IReadOnlyDictionary<string, string> files) => new MemoryPackSource(files);

    /// <summary>A description for messages, e.g. the folder.</summary>
    internal abstract string Description { get; }

    /// <summary>The ids of the packs this source holds, sorted.</summary>
    internal abstract IReadOnlyList<string> PackIds();

    /// <summary>A pack file's text, or null when the pack has no such file.</summary>
    internal abstract string? ReadFile(string packId, string fileName);

    /// <summary>The file names of one pack.</summary>
    internal abstract IReadOnlyList<string> FileNames(string packId);

    /// <summary>Where a pack file is, for messages (a path on disk or a virtual path).</summary>
    internal virtual string DisplayPath(string packId, string fileName) => $"{packId}/{fileName}";

    private sealed class EmbeddedPackSource : TemplatePackSource
    {
        private const string Prefix = "AgreementKit.Packs/";
        private static readonly Assembly Assembly = typeof(TemplatePackSource).Assembly;

        internal override string Description => "the packs embedded in AgreementKit";

        private static IEnumerable<string> Names => Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));

        internal override IReadOnlyList<string> PackIds() =>
            Names.Select(n => n[Prefix.Length..]).Where(n => n.EndsWith("/manifest.json", StringComparison.Ordinal))
                .Select(n => n[..n.IndexOf('/')]).Order(StringComparer.Ordinal).ToList();

        internal override IReadOnlyList<string> FileNames(string packId) =>
            Names.Select(n => n[Prefix.Length..]).Where(n => n.StartsWith(packId + "/", StringComparison.Ordinal))
                .Select(n => n[(packId.Length + 1)..]).Order(StringComparer.Ordinal).ToList();

        internal override string? ReadFile(string packId, string fileName)
        {
            using var stream = Assembly.GetManifestResourceStream(Prefix + packId + "/" + fileName);
            if (stream is null) return null;
            using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
            return reader.ReadToEnd();
        }

        internal override string DisplayPath(string packId, string fileName) => $"templates/{packId}/{fileName}";
    }

    private sealed class DirectoryPackSource(string directory) : TemplatePackSource
    {
        private readonly string _root = Path.GetFullPath(directory);

        internal override string Description => _root;

        internal override IReadOnlyList<string> PackIds() =>
            !Directory.Exists(_root) ? []
            : Directory.EnumerateDirectories(_root).Where(d => File.Exists(Path.Combine(d, "manifest.json")))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

        internal override IReadOnlyList<string> FileNames(string packId)
        {
            var folder = PackFolder(packId);
            return folder is null || !Directory.Exists(folder) ? []
                : Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        }

        internal override string? ReadFile(string packId, string fileName)
        {
            var folder = PackFolder(packId);
            if (folder is null) return null;
            var path = Path.GetFullPath(Path.Combine(folder, fileName));
            // Only plain files directly inside the pack folder: no '..', no absolute names, no links out of it.
            if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)) return null;
            if (new FileInfo(path).LinkTarget is not null) return null;
            return File.ReadAllText(path, new System.Text.UTF8Encoding(false, true));
        }

        internal override string DisplayPath(string packId, string fileName) => Path.Combine(_root, packId, fileName);

        private string? PackFolder(string packId)
        {
            if (!TemplatePack.IsValidId(packId)) return null;
            return Path.Combine(_root, packId);
        }
    }

    private sealed class MemoryPackSource(IReadOnlyDictionary<string, string> files) : TemplatePackSource
    {
        private readonly Dictionary<string, string> _files = files.ToDictionary(kv => kv.Key.Replace('\\', '/').TrimStart('/'), kv => kv.Value, StringComparer.Ordinal);

        internal override string Description => "packs in memory";

        internal override IReadOnlyList<string> PackIds() =>
            _files.Keys.Where(k => k.EndsWith("/manifest.json", StringComparison.Ordinal) && k.Count(c => c == '/') == 1)
                .Select(k => k[..k.IndexOf('/')]).Order(StringComparer.Ordinal).ToList();

        internal override IReadOnlyList<string> FileNames(string packId) =>
            _files.Keys.Where(k => k.StartsWith(packId + "/", StringComparison.Ordinal) && k.Count(c => c == '/') == 1)
                .Select(k => k[(packId.Length + 1)..]).Order(StringComparer.Ordinal).ToList();

        internal override string? ReadFile(string packId, string fileName) =>
            _files.TryGetValue(packId + "/" + fileName, out var text) ? text : null;
    }
}
