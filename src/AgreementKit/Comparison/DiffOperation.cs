namespace AgreementKit.Comparison;

/// <summary>What a piece of a text comparison is: kept, deleted from the old text, or inserted in the new.</summary>
public enum DiffOperation
{
    /// <summary>In both texts.</summary>
    Equal,

    /// <summary>Only in the old text.</summary>
    Delete,

    /// <summary>Only in the new text.</summary>
    Insert,
}
