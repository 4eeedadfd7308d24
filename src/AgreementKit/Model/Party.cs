namespace AgreementKit.Model;

/// <summary>A party that signs the agreement.</summary>
/// <param name="Key">The template's key for the party, e.g. <c>company</c>.</param>
/// <param name="Role">How the text calls it: 甲方, 乙方, 第三方中介.</param>
/// <param name="Name">The party's name.</param>
/// <param name="RepresentativeLabel">E.g. 法定代表人, when the party signs through a representative.</param>
/// <param name="RepresentativeName">The representative's name.</param>
public sealed record Party(string Key, string Role, string Name, string? RepresentativeLabel, string? RepresentativeName)
{
    /// <summary>The template line that declared the party and the parameters it prints.</summary>
    public Provenance Provenance { get; init; } = Provenance.None;
}
