using System.Collections.Concurrent;
using AgreementKit.Diagnostics;
using AgreementKit.Model;
using AgreementKit.Templates.Packs;
using AgreementKit.Writers;
using Microsoft.Extensions.Logging;

namespace AgreementKit;

/// <summary>
/// Produces agreements: parameters (JSON) → validation → sandboxed Scriban rendering → numbered agreement
/// model → DOCX, PDF, Markdown or text. Build one engine and share it: it is immutable after construction,
/// caches parsed templates and schemas, and is safe to use from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var engine = new AgreementEngine();
/// var agreement = engine.Assemble("sales-crm-responsibility", AgreementParameters.FromFile("params.json"));
/// engine.WriteFile(agreement, OutputFormat.Docx, "agreement.docx");
/// </code>
/// </example>
public sealed class AgreementEngine
{
    private readonly IReadOnlyList<TemplatePack> _packs;
    private readonly EngineStages _stages;
    private readonly ILogger? _logger;
    private readonly ConcurrentDictionary<string, Lazy<PackRuntime>> _runtimes = new(StringComparer.Ordinal);

    /// <summary>An engine with the embedded packs and bundled fonts.</summary>
    public AgreementEngine()
        : this(new AgreementEngineOptions())
    {
    }

    /// <summary>An engine set up by <paramref name="options"/>. Throws <see cref="AgreementKitException"/> when a pack is broken.</summary>
    public AgreementEngine(AgreementEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var packs = new List<TemplatePack>();
        foreach (var source in options.PackSources)
        foreach (var id in source.PackIds())
        {
            if (packs.Exists(p => p.Id == id)) continue;
            var pack = TemplatePack.Load(source, id, diagnostics);
            if (pack is not null) packs.Add(pack);
        }

        if (diagnostics.HasErrors) throw new AgreementKitException(diagnostics.Items);
        _packs = packs;
        _stages = new EngineStages(options);
        _logger = options.Logger;
    }

    /// <summary>The options that shape output bytes (fonts, PDF/A, functions), for batch resume.</summary>
    internal string OutputSettings => _stages.OutputSettings;

    /// <summary>The packs this engine knows, first source first.</summary>
    public IReadOnlyList<TemplatePack> Packs => _packs;

    /// <summary>The pack with <paramref name="id"/>; throws <see cref="AgreementKitException"/> (AK2001) when there is none.</summary>
    public TemplatePack GetPack(string id) =>
        FindPack(id, out var problem) ?? throw new AgreementKitException([problem!]);

    /// <summary>Checks parameters against a pack's schema and rules without rendering. Never throws for bad input.</summary>
    public ValidationResult Validate(string packId, AgreementParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pack = FindPack(packId, out var problem);
        if (pack is null) return new ValidationResult([problem!]);
        var (_, diagnostics) = Runtime(pack).ReadAndValidate(parameters);
        return new ValidationResult(diagnostics);
    }

    /// <summary>
    /// Validates, renders and numbers an agreement. Never throws for bad input or templates: look at
    /// <see cref="AssemblyResult.Diagnostics"/>.
    /// </summary>
    public AssemblyResult TryAssemble(string packId, AgreementParameters parameters, string? locale = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pack = FindPack(packId, out var problem);
        if (pack is null) return new AssemblyResult(null, [problem!]);
        locale ??= pack.Locales[0];
        if (!pack.Locales.Contains(locale))
            return new AssemblyResult(null, [Diagnostic.Error(DiagnosticCodes.UnknownLocale,
                $"pack '{pack.Id}' has no locale '{locale}' (locales: {string.Join(", ", pack.Locales)})", new SourceLocation())]);
        var result = Runtime(pack).Assemble(parameters, locale, cancellationToken);
        _logger?.LogDebug("Assembled {Pack} ({Locale}) from {Source}: {Outcome}", pack.Id, locale, parameters.SourceName,
            result.Succeeded ? "ok" : $"{result.Diagnostics.Count(d => d.IsError)} errors");
        return result;
    }

    /// <summary>Like <see cref="TryAssemble"/>, but throws <see cref="AgreementKitException"/> holding every diagnostic on failure.</summary>
    public Agreement Assemble(string packId, AgreementParameters parameters, string? locale = null, CancellationToken cancellationToken = default)
    {
        var result = TryAssemble(packId, parameters, locale, cancellationToken);
        return result.Agreement ?? throw new AgreementKitException(result.Diagnostics);
    }

    /// <summary>Asynchronous <see cref="TryAssemble"/>: the work runs off the calling thread.</summary>
    public Task<AssemblyResult> TryAssembleAsync(string packId, AgreementParameters parameters, string? locale = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => TryAssemble(packId, parameters, locale, cancellationToken), cancellationToken);

    /// <summary>Asynchronous <see cref="Assemble"/>.</summary>
    public Task<Agreement> AssembleAsync(string packId, AgreementParameters parameters, string? locale = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Assemble(packId, parameters, locale, cancellationToken), cancellationToken);

    /// <summary>Every format this engine writes, built-in and the host's, in registration order.</summary>
    public IReadOnlyList<IAgreementWriter> Writers => _stages.Writers.All;

    /// <summary>The writer of a format, by id or alias (docx, pdf, html, md, txt, or a host's); throws <see cref="AgreementKitException"/> (AK4003) for an unknown one.</summary>
    public IAgreementWriter GetWriter(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return _stages.Writers.Get(format);
    }

    /// <summary>
    /// Writes <paramref name="agreement"/> in <paramref name="format"/> to <paramref name="output"/>. The document
    /// is complete in memory before the first byte is written, so a failure (e.g. a character no PDF font
    /// has: <see cref="AgreementKitException"/> AK4001) writes nothing.
    /// </summary>
    public void Write(Agreement agreement, OutputFormat format, Stream output, CancellationToken cancellationToken = default) =>
        Write(agreement, format.Id(), output, cancellationToken);

    /// <summary>Like <see cref="Write(Agreement, OutputFormat, Stream, CancellationToken)"/> for any registered format id.</summary>
    public void Write(Agreement agreement, string format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(WriteToArray(agreement, format, cancellationToken));
    }

    /// <summary>Asynchronous <see cref="Write(Agreement, OutputFormat, Stream, CancellationToken)"/>.</summary>
    public Task WriteAsync(Agreement agreement, OutputFormat format, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(agreement, format.Id(), output, cancellationToken);

    /// <summary>Asynchronous <see cref="Write(Agreement, string, Stream, CancellationToken)"/>.</summary>
    public async Task WriteAsync(Agreement agreement, string format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = await WriteToArrayAsync(agreement, format, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document's bytes.</summary>
    public byte[] WriteToArray(Agreement agreement, OutputFormat format, CancellationToken cancellationToken = default) =>
        WriteToArray(agreement, format.Id(), cancellationToken);

    /// <summary>The document's bytes in any registered format.</summary>
    public byte[] WriteToArray(Agreement agreement, string format, CancellationToken cancellationToken = default) =>
        _stages.Write(agreement, GetWriter(format), cancellationToken);

    /// <summary>Asynchronous <see cref="WriteToArray(Agreement, OutputFormat, CancellationToken)"/>.</summary>
    public Task<byte[]> WriteToArrayAsync(Agreement agreement, OutputFormat format, CancellationToken cancellationToken = default) =>
        WriteToArrayAsync(agreement, format.Id(), cancellationToken);

    /// <summary>Asynchronous <see cref="WriteToArray(Agreement, string, CancellationToken)"/>.</summary>
    public Task<byte[]> WriteToArrayAsync(Agreement agreement, string format, CancellationToken cancellationToken = default)
    {
        var writer = GetWriter(format);
        return Task.Run(() => _stages.Write(agreement, writer, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes the document to <paramref name="path"/> atomically: a temporary file in the same folder, flushed,
    /// then renamed. A failure leaves no partial or empty file.
    /// </summary>
    public void WriteFile(Agreement agreement, OutputFormat format, string path, CancellationToken cancellationToken = default) =>
        WriteFile(agreement, format.Id(), path, cancellationToken);

    /// <summary>Like <see cref="WriteFile(Agreement, OutputFormat, string, CancellationToken)"/> for any registered format id.</summary>
    public void WriteFile(Agreement agreement, string format, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.Write(path, WriteToArray(agreement, format, cancellationToken));

    private TemplatePack? FindPack(string id, out Diagnostic? problem)
    {
        var pack = _packs.FirstOrDefault(p => p.Id == id);
        problem = pack is null
            ? Diagnostic.Error(DiagnosticCodes.UnknownPack, $"there is no template pack '{id}' (packs: {string.Join(", ", _packs.Select(p => p.Id))})", new SourceLocation())
            : null;
        return pack;
    }

    private PackRuntime Runtime(TemplatePack pack) =>
        _runtimes.GetOrAdd(pack.Id, _ => new Lazy<PackRuntime>(() => new PackRuntime(pack, _stages))).Value;
}
