namespace AgreementKit.Comparison;

/// <summary>How an <see cref="AgreementComparer"/> is set up; read once when the comparer is built.</summary>
public sealed class AgreementComparerOptions
{
    /// <summary>Your own comparison formats; one with the id of a built-in (docx, md, html) replaces it.</summary>
    public IList<IComparisonWriter> Writers { get; } = [];
}
