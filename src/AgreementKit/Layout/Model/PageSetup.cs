namespace AgreementKit.Layout.Model;

/// <summary>
/// Page size and margins in points. The header sits HeaderDistance below the top edge and the footer's
/// last line HeaderDistance above the bottom edge, both inside the margins.
/// </summary>
internal sealed record PageSetup(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft)
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    public float HeaderDistance { get; init; } = 15 * PointsPerMillimetre;

    public float FooterDistance { get; init; } = 15 * PointsPerMillimetre;

    public float BodyWidth => Width - MarginLeft - MarginRight;

    public float BodyHeight => Height - MarginTop - MarginBottom;

    /// <summary>A4 portrait (210 × 297 mm) with margins given in millimetres.</summary>
    public static PageSetup A4(float topMm = 25.4f, float rightMm = 31.8f, float bottomMm = 25.4f, float leftMm = 31.8f) =>
        new(Mm(210), Mm(297), Mm(topMm), Mm(rightMm), Mm(bottomMm), Mm(leftMm));

    public static float Mm(float millimetres) => millimetres * PointsPerMillimetre;
}
