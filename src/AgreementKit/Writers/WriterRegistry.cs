using AgreementKit.Diagnostics;

namespace AgreementKit.Writers;

/// <summary>
/// The formats one engine writes: the built-ins, then the host's writers, a host writer replacing a
/// built-in of the same id. Looked up by id or alias, ignoring case. Immutable once built.
/// </summary>
internal sealed class WriterRegistry
{
    private readonly List<IAgreementWriter> _writers = [];
    private readonly Dictionary<string, IAgreementWriter> _byName = new(StringComparer.OrdinalIgnoreCase);

    public WriterRegistry(IEnumerable<IAgreementWriter> builtIns, IEnumerable<IAgreementWriter> hostWriters)
    {
        var host = hostWriters.ToList();
        foreach (var writer in host) Check(writer);
        var duplicate = host.GroupBy(w => w.FormatId, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two writers registered for the format \"{duplicate.Key}\".");
        foreach (var writer in builtIns.Where(b => !host.Exists(h => string.Equals(h.FormatId, b.FormatId, StringComparison.OrdinalIgnoreCase))).Concat(host))
        {
            _writers.Add(writer);
            _byName[writer.FormatId] = writer;
        }

        // Aliases never shadow an id.
        foreach (var writer in _writers)
        foreach (var alias in writer.Aliases)
            _byName.TryAdd(alias, writer);
    }

    public IReadOnlyList<IAgreementWriter> All => _writers;

    /// <summary>The ids users may type, in registration order, for messages: docx, pdf, html, md, txt.</summary>
    public string Names => string.Join(", ", _writers.Select(w => w.FormatId));

    public IAgreementWriter? Find(string name) => _byName.GetValueOrDefault(name.Trim());

    public IAgreementWriter Get(string name) =>
        Find(name) ?? throw new AgreementKitException([Diagnostic.Error(DiagnosticCodes.UnknownFormat,
            $"there is no output format '{DisplayText.Safe(name)}' (formats: {Names})", new SourceLocation())]);

    private static void Check(IAgreementWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        static bool IsName(string? s) => s is { Length: > 0 and <= 32 } && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));
        if (!IsName(writer.FormatId))
            throw new ArgumentException($"A writer's FormatId must be lower-case ASCII letters and digits, got \"{writer.FormatId}\".");
        if (writer.Aliases.Any(a => !IsName(a)))
            throw new ArgumentException($"The aliases of format \"{writer.FormatId}\" must be lower-case ASCII letters and digits.");
        if (string.IsNullOrWhiteSpace(writer.FileExtension) || writer.FileExtension.Contains('.') || writer.FileExtension.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            throw new ArgumentException($"Format \"{writer.FormatId}\" needs a file extension without a dot.");
        if (string.IsNullOrWhiteSpace(writer.MediaType))
            throw new ArgumentException($"Format \"{writer.FormatId}\" needs a media type.");
    }
}
