namespace AgreementKit.Comparison;

/// <summary>
/// A format a comparison can be written in, the counterpart of <see cref="Writers.IAgreementWriter"/>:
/// <c>docx</c> (the redline with tracked changes), <c>md</c> and <c>html</c> (change reports) are built in; a
/// host adds its own through <see cref="AgreementComparerOptions.Writers"/>. Shared by every thread of the
/// comparer, so <see cref="Write"/> must be safe to call concurrently.
/// </summary>
public interface IComparisonWriter
{
    /// <summary>The name users give the format (<c>--format md</c>): lower-case letters and digits.</summary>
    string FormatId { get; }

    /// <summary>The file extension without a dot.</summary>
    string FileExtension { get; }

    /// <summary>The media (MIME) type.</summary>
    string MediaType { get; }

    /// <summary>Writes <paramref name="comparison"/> to <paramref name="output"/>.</summary>
    void Write(AgreementComparison comparison, Stream output, CancellationToken cancellationToken);
}
