namespace AgreementKit.Model;

/// <summary>What kind of party signs, which decides its signature lines.</summary>
public enum PartyKind
{
    /// <summary>A company or other organisation: it seals (盖章/蓋章) and a representative signs for it.</summary>
    Organization,

    /// <summary>A natural person: signs (签字/簽名) and is identified by a number; never seals.</summary>
    Person,
}
