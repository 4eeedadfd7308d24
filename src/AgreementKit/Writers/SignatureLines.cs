using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// What each party's cell of the signature block says, line by line, the same in every format: the party
/// (with the seal label where it seals), its representative, the signature line and the date.
/// </summary>
internal static class SignatureLines
{
    /// <summary>Rows of the block, one list per party, all parties with the same number of rows.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(SignatureBlock block, AgreementMetadata metadata, DocumentLabels labels)
    {
        var date = metadata.SignDate is { } d ? labels.FormatDate(d) : labels.BlankDate;
        var anyRepresentative = block.Parties.Any(p => p.RepresentativeLabel is not null);
        return [.. block.Parties.Select(p => (IReadOnlyList<string>)Lines(p, anyRepresentative, date, labels).ToList())];
    }

    private static IEnumerable<string> Lines(Party party, bool anyRepresentative, string date, DocumentLabels labels)
    {
        yield return DocumentLabels.PartyLine(party) + (party.RepresentativeLabel is null ? string.Empty : labels.Seal);
        if (anyRepresentative)
            yield return party.RepresentativeLabel is null ? string.Empty : $"{party.RepresentativeLabel}：{party.RepresentativeName}";
        yield return $"{labels.Signature}：";
        yield return $"{labels.Date}：{date}";
    }
}
