using AgreementKit.Layout.Canvas;
using AgreementKit.Diagnostics;
using AgreementKit.Layout.Paging;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// The outcome of rendering: on success the layout that was drawn (pages, destinations); on failure the
/// diagnostics (AK4001 for characters no font can draw) and no bytes written.
/// </summary>
internal sealed record RenderResult(DocumentLayout? Layout, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Layout is not null;

    public int PageCount => Layout?.Pages.Count ?? 0;
}
