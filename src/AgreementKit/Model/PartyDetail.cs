namespace AgreementKit.Model;

/// <summary>A labelled line of a party's signature block, e.g. 授权代表：沈佳怡 or 员工编号：LC-S-0117.</summary>
/// <param name="Label">The label, e.g. 法定代表人.</param>
/// <param name="Value">What the parameters give for it.</param>
public sealed record PartyDetail(string Label, string Value);
