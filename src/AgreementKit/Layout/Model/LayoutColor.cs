namespace AgreementKit.Layout.Model;

/// <summary>An opaque sRGB colour.</summary>
internal readonly record struct LayoutColor(byte Red, byte Green, byte Blue)
{
    public static LayoutColor Black { get; } = new(0, 0, 0);
}
