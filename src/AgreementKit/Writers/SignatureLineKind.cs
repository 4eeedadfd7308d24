namespace AgreementKit.Writers;

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
