namespace AgreementKit.Layout.Model;

/// <summary>
/// An unsigned signature field over a writing line. Its area is the line's length by
/// <see cref="Height"/> above it; with <see cref="Square"/>, a square of that side (no wider than the
/// line) centred on the line instead — where a seal is stamped over the text around it.
/// </summary>
/// <param name="Name">The field's full name; periods separate the levels (sig.company is company under sig).</param>
/// <param name="Height">Room above the line, in points.</param>
internal sealed record SignatureField(string Name, float Height)
{
    public float? Square { get; init; }

    /// <summary>What a PDF reader shows for the field, e.g. 甲方签字.</summary>
    public string? Description { get; init; }
}
