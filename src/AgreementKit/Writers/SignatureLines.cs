using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// What each party's column of the signature block says, line by line, the same in every format.
/// An organisation: its name, the seal line (盖章/蓋章), who may sign for it as the parameters appoint them
/// (法定代表人, 授权代表 …), the signing line and the date. A natural person: the name, the lines that
/// identify the signer (身份证号码, 员工编号 …), the signing line (签字; 簽名 in Taiwan) and the date — never
/// a seal. Every column has the same number of lines, padded after the middle part, so the signing lines and
/// dates of all parties sit side by side.
/// </summary>
internal static class SignatureLines
{
    /// <summary>One column per party, in declaration order.</summary>
    public static IReadOnlyList<SignatureColumn> Of(SignatureBlock block, AgreementMetadata metadata, DocumentLabels labels)
    {
        var date = metadata.SignDate is { } d ? labels.FormatDate(d) : labels.BlankDate;
        var middles = block.Parties.Select(p => Middle(p, labels).ToList()).ToList();
        var height = middles.Count == 0 ? 0 : middles.Max(m => m.Count);
        return [.. block.Parties.Select((party, i) => new SignatureColumn(party,
        [
            new SignatureLine(SignatureLineKind.Party, party.Role, party.Name),
            .. middles[i],
            .. Enumerable.Repeat(SignatureLine.Blank, height - middles[i].Count),
            new SignatureLine(SignatureLineKind.Sign, labels.Signature, string.Empty, SignatureFields.Signature(party)),
            new SignatureLine(SignatureLineKind.Date, labels.Date, date),
        ]))];
    }

    private static IEnumerable<SignatureLine> Middle(Party party, DocumentLabels labels)
    {
        if (party.Kind == PartyKind.Organization)
            yield return new SignatureLine(SignatureLineKind.Seal, labels.Seal, string.Empty, SignatureFields.Seal(party));
        foreach (var representative in party.Representatives)
            yield return new SignatureLine(SignatureLineKind.Representative, representative.Label, representative.Value);
        foreach (var identifier in party.Identifiers)
            yield return new SignatureLine(SignatureLineKind.Identifier, identifier.Label, identifier.Value);
    }
}
