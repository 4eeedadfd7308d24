namespace AgreementKit.Templates.Packs;

/// <summary>
/// Which parameters hold the document's own facts, from the manifest's <c>"document"</c> object: the
/// contract number, the signing place and the signing date (a <c>"format": "date"</c> field). The engine
/// reads them from the validated parameters — typed, not printed and read back.
/// </summary>
/// <param name="Number">Path of the contract number, e.g. <c>contract.number</c>.</param>
/// <param name="SignPlace">Path of the signing place.</param>
/// <param name="SignDate">Path of the signing date.</param>
internal sealed record DocumentFields(string? Number, string? SignPlace, string? SignDate)
{
    public static DocumentFields None { get; } = new(null, null, null);
}
