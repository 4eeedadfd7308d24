using AgreementKit.Comparison.Text;
using AgreementKit.Model;
using AgreementKit.Writers;

namespace AgreementKit.Comparison;

/// <summary>
/// Compares two agreements part by part and character by character, and writes the result as a DOCX with
/// tracked changes (Accept All gives the new agreement's text, Reject All the old one's) or as a Markdown or
/// HTML change report. Parts are matched by identity — the template's <c>{#key}</c>, else their text within
/// their matched chapter or clause — so renumbering is never a change and a changed figure is one small
/// deletion and insertion. Immutable and safe to share across threads.
/// </summary>
/// <example>
/// <code>
/// var comparer = new AgreementComparer();
/// var comparison = comparer.Compare(AgreementRecord.ReadFile("2025.docx").Agreement, engine.Assemble(packId, parameters));
/// Console.WriteLine(comparison.Summary);
/// comparer.WriteFile(comparison, "docx", "redline.docx");
/// </code>
/// </example>
public sealed class AgreementComparer
{
    private readonly ComparisonWriterRegistry _writers;

    /// <summary>A comparer with the built-in formats: docx (redline), md and html (change reports).</summary>
    public AgreementComparer()
        : this(new AgreementComparerOptions())
    {
    }

    /// <summary>A comparer set up by <paramref name="options"/> (extra or replacement formats, DOCX fonts).</summary>
    public AgreementComparer(AgreementComparerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _writers = new ComparisonWriterRegistry(options);
    }

    /// <summary>Every format this comparer writes, built-in first.</summary>
    public IReadOnlyList<IComparisonWriter> Writers => _writers.All;

    /// <summary>Compares <paramref name="old"/> with <paramref name="new"/>.</summary>
    public AgreementComparison Compare(Agreement old, Agreement @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var matching = new NodeMatching(old, @new);
        var changes = ChangeList.Build(old, @new, matching);
        var parameters = old.Origin is { } o && @new.Origin is { } n ? ParameterDiff.Compare(o.Parameters, n.Parameters) : [];
        return new AgreementComparison(old, @new, changes, parameters, matching);
    }

    /// <summary>Writes <paramref name="comparison"/> in <paramref name="format"/> (docx, md, html or a registered one) to <paramref name="output"/>; nothing is written if it fails.</summary>
    public void Write(AgreementComparison comparison, string format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(WriteToArray(comparison, format, cancellationToken));
    }

    /// <summary>The bytes of <paramref name="comparison"/> in <paramref name="format"/>.</summary>
    public byte[] WriteToArray(AgreementComparison comparison, string format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var writer = _writers.Get(format);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        writer.Write(comparison, buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Writes the file atomically (temporary file, flushed, renamed); a failure leaves nothing behind.</summary>
    public void WriteFile(AgreementComparison comparison, string format, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.Write(path, WriteToArray(comparison, format, cancellationToken));
}
