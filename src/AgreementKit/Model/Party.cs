namespace AgreementKit.Model;

/// <summary>A party that signs the agreement.</summary>
/// <param name="Key">The template's key for the party, e.g. <c>company</c>; it names the party's signature fields (<c>sig.company</c>, <c>seal.company</c>).</param>
/// <param name="Role">How the text calls it: 甲方, 乙方, 第三方中介.</param>
/// <param name="Name">The party's name.</param>
/// <param name="Kind">An organisation seals and signs through a representative; a natural person signs in person.</param>
public sealed record Party(string Key, string Role, string Name, PartyKind Kind)
{
    /// <summary>
    /// For an organisation, who may sign for it, as the parameters appoint them (法定代表人：周秉文, 授权代表：沈佳怡);
    /// empty for a natural person.
    /// </summary>
    public IReadOnlyList<PartyDetail> Representatives { get; init; } = [];

    /// <summary>For a natural person, how the signer is identified (居民身份证号码：…, 员工编号：…); empty for an organisation.</summary>
    public IReadOnlyList<PartyDetail> Identifiers { get; init; } = [];

    /// <summary>The template line that declared the party and the parameters it prints.</summary>
    public Provenance Provenance { get; init; } = Provenance.None;
}
