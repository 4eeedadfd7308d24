namespace AgreementKit.Comparison;

/// <summary>How a part of an agreement differs between the old and the new agreement.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new agreement.</summary>
    Added,

    /// <summary>Only in the old agreement.</summary>
    Removed,

    /// <summary>In both, in the same place, with different text.</summary>
    Changed,

    /// <summary>In both, in another place (another chapter, or another order); its text may have changed too.</summary>
    Moved,
}
