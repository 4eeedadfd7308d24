namespace AgreementKit.Batch.Rows;

/// <summary>What a spreadsheet cell must be turned into for its field, read from the pack's schema.</summary>
internal enum FieldKind
{
    /// <summary>Text, kept exactly as written (<c>007</c> stays <c>007</c>).</summary>
    Text,

    /// <summary>Text in ISO form (<c>YYYY-MM-DD</c>); an Excel date cell becomes that text.</summary>
    Date,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Any JSON number (amounts stay exact decimals).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An object or list: the cell holds its JSON.</summary>
    Json,
}
