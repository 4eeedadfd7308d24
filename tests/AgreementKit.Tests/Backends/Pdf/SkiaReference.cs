using AgreementKit.Backends;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;
using AgreementKit.Layout.Paging;
using AgreementKit.Layout.Text;

namespace AgreementKit.Tests.Backends.Pdf;

/// <summary>
/// A document drawn by Skia's PDF backend (the writer for PDF/A and CFF fonts), with the document's font
/// subsets or with the whole fonts: the references the direct writer and the subsetter are compared with.
/// Only the page content: no outline, fields or attachments.
/// </summary>
internal static class SkiaReference
{
    public static byte[] Render(LayoutDocument document, FontSet fonts, bool subsets)
    {
        using var cache = new GlyphCache();
        var shaper = new TextShaper(fonts, cache);
        var layout = PdfRenderer.LayoutChecked(document, shaper, []);
        Assert.NotNull(layout);
        var recording = new CanvasRecording();
        DocumentPainter.Paint(layout, recording, shaper);
        using var buffer = new MemoryStream();
        using var fontSubsets = subsets ? FontSubsets.Create(recording.Characters) : null;
        using (var canvas = new SkiaPdfCanvas(buffer, document.Metadata, fontSubsets))
        {
            recording.Replay(canvas);
            canvas.Close();
        }
        return buffer.ToArray();
    }
}
