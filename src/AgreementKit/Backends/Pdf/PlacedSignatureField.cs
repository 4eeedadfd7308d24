using AgreementKit.Layout.Canvas;

namespace AgreementKit.Backends.Pdf;

/// <summary>A signature field as drawn: its page (0-based), full name, description and area in layout coordinates.</summary>
internal sealed record PlacedSignatureField(int Page, string Name, string? Description, LayoutRect Area);
