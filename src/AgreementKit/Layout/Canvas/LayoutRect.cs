namespace AgreementKit.Layout.Canvas;

/// <summary>A rectangle in points, origin at the page's top left, y down.</summary>
internal readonly record struct LayoutRect(float Left, float Top, float Right, float Bottom);
