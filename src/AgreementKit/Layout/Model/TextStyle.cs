using AgreementKit.Layout.Fonts;

namespace AgreementKit.Layout.Model;

/// <summary>How a run of text looks. Size is in points.</summary>
internal sealed record TextStyle(FontRole Role, float Size, LayoutColor Color)
{
    public TextStyle(FontRole role, float size) : this(role, size, LayoutColor.Black) { }
}
