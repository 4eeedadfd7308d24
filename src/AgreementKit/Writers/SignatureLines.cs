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

/// <summary>A party's column of the signature block.</summary>
internal sealed record SignatureColumn(Party Party, IReadOnlyList<SignatureLine> Lines);

/// <summary>What a line of the signature block is for.</summary>
internal enum SignatureLineKind
{
    /// <summary>Role and name: 甲方：上海澜川智能装备有限公司.</summary>
    Party,

    /// <summary>Where an organisation seals: 盖章：, a line to seal on.</summary>
    Seal,

    /// <summary>Who may sign for an organisation: 授权代表：沈佳怡.</summary>
    Representative,

    /// <summary>How a natural person is identified: 员工编号：LC-S-0117.</summary>
    Identifier,

    /// <summary>The signing line: 签字：, a line to sign on.</summary>
    Sign,

    /// <summary>The signing date.</summary>
    Date,

    /// <summary>Padding, so the parties' signing lines align.</summary>
    Blank,
}

/// <summary>
/// One line: a label and its value (empty for the seal and signing lines, which are written on by hand or
/// by an e-signature), and for those the name of the field placed on them.
/// </summary>
internal sealed record SignatureLine(SignatureLineKind Kind, string Label, string Value, string? Field = null)
{
    public static SignatureLine Blank { get; } = new(SignatureLineKind.Blank, string.Empty, string.Empty);

    /// <summary>The line as text: 签字：, 授权代表：沈佳怡, or empty padding.</summary>
    public string Text => Kind == SignatureLineKind.Blank ? string.Empty : $"{Label}：{Value}";

    /// <summary>
    /// Whether the line should stay on one line (a name, a representative, an ID number): the table is set
    /// smaller before it breaks, and then it breaks after the label first.
    /// </summary>
    public bool KeepsOnOneLine => Kind is SignatureLineKind.Party or SignatureLineKind.Representative or SignatureLineKind.Identifier;

    /// <summary>Whether a line to write on follows the label.</summary>
    public bool IsWritingLine => Kind is SignatureLineKind.Seal or SignatureLineKind.Sign;
}

/// <summary>
/// The names of a party's signature fields, the same in every format: PDF form fields (sig.company is the
/// field company under the field sig), DOCX bookmarks and HTML data attributes.
/// </summary>
internal static class SignatureFields
{
    public static string Signature(Party party) => "sig." + party.Key;

    public static string Seal(Party party) => "seal." + party.Key;
}
