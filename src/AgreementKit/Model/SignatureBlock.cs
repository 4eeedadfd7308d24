namespace AgreementKit.Model;

/// <summary>
/// Where the parties sign: one cell per party, never split across pages. The signing place and date are
/// the agreement's (<see cref="Agreement.Metadata"/>).
/// </summary>
public sealed class SignatureBlock : Section
{
    internal SignatureBlock(NodeInfo info, string title, bool pageBreakBefore, IReadOnlyList<Party> parties)
        : base(info, string.Empty, title, pageBreakBefore, [], [])
    {
        Parties = parties;
    }

    /// <summary>The parties that sign, in declaration order.</summary>
    public IReadOnlyList<Party> Parties { get; }
}
