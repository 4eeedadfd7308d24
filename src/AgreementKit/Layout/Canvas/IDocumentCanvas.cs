namespace AgreementKit.Layout.Canvas;

/// <summary>A canvas that is drawn page by page.</summary>
internal interface IDocumentCanvas : IDrawingCanvas
{
    void BeginPage(float width, float height);

    void EndPage();
}
