namespace AgreementKit.Model;

/// <summary>Where the parties sign: one cell per party, never split across pages.</summary>
public sealed class SignatureBlock : Section
{
    internal SignatureBlock(string title, bool pageBreakBefore, IReadOnlyList<Party> parties, string? signPlace, DateOnly? signDate)
        : base(null, string.Empty, title, pageBreakBefore)
    {
        Parties = parties;
        SignPlace = signPlace;
        SignDate = signDate;
    }

    /// <summary>The parties that sign, in declaration order.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>Where the agreement is signed, if stated.</summary>
    public string? SignPlace { get; }

    /// <summary>When the agreement is signed, if stated.</summary>
    public DateOnly? SignDate { get; }
}
