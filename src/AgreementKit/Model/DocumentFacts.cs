namespace AgreementKit.Model;

/// <summary>
/// The facts about a document that come from its parameters rather than its template: the contract number
/// and where and when it is signed. The pack's manifest names the parameters (<c>"document"</c>); the sign
/// date arrives here already a date, parsed once by the parameter reader.
/// </summary>
internal sealed record DocumentFacts(string? Number, string? SignPlace, DateOnly? SignDate)
{
    public static DocumentFacts None { get; } = new(null, null, null);
}
