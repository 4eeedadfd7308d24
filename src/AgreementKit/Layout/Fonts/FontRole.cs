namespace AgreementKit.Layout.Fonts;

/// <summary>Which face of a font set a run uses: body text or headings.</summary>
internal enum FontRole
{
    Regular,
    Bold,
}
