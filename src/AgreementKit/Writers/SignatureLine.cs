namespace AgreementKit.Writers;

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
