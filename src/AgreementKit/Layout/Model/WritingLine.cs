namespace AgreementKit.Layout.Model;

/// <summary>
/// A line to write on, drawn after a paragraph's last line from the end of its text to the column's right
/// edge, on the baseline: where a signature or a seal goes. <see cref="Field"/> puts an unsigned signature
/// field over it, so an e-signature tool knows where to sign.
/// </summary>
/// <param name="Thickness">The stroke, in points.</param>
internal sealed record WritingLine(float Thickness)
{
    /// <summary>The gap between the text and the line, in points.</summary>
    public float Gap { get; init; } = 3f;

    public SignatureField? Field { get; init; }
}
