using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Canvas;

/// <summary>
/// Drawing calls kept for replay, with the characters drawn in each face. The PDF needs to know every
/// character of the document before the first page is drawn, to embed one font subset per face.
/// </summary>
internal sealed class CanvasRecording : IDocumentCanvas
{
    private readonly List<Action<IDocumentCanvas>> _calls = [];
    private readonly Dictionary<FontFace, HashSet<CharGlyph>> _characters = [];

    /// <summary>Per face, the distinct characters drawn with it and the glyphs that drew them.</summary>
    public IReadOnlyDictionary<FontFace, HashSet<CharGlyph>> Characters => _characters;

    public void BeginPage(float width, float height) => _calls.Add(c => c.BeginPage(width, height));

    public void EndPage() => _calls.Add(c => c.EndPage());

    public void DrawGlyphs(GlyphRun run, float x, float baseline)
    {
        if (!_characters.TryGetValue(run.Face, out var used))
            _characters[run.Face] = used = [];
        var i = 0;
        foreach (var rune in run.Text.EnumerateRunes())
            used.Add(new CharGlyph(rune.Value, run.Glyphs[i++], run.Trim));
        _calls.Add(c => c.DrawGlyphs(run, x, baseline));
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float width, LayoutColor color) =>
        _calls.Add(c => c.DrawLine(x1, y1, x2, y2, width, color));

    public void DefineDestination(string name, float x, float y) => _calls.Add(c => c.DefineDestination(name, x, y));

    public void LinkToDestination(LayoutRect area, string destination) => _calls.Add(c => c.LinkToDestination(area, destination));

    public void LinkToUrl(LayoutRect area, string url) => _calls.Add(c => c.LinkToUrl(area, url));

    public void DefineSignatureField(string name, string? description, LayoutRect area) =>
        _calls.Add(c => c.DefineSignatureField(name, description, area));

    /// <summary>Makes the recorded calls on another canvas, in the order they were made.</summary>
    public void Replay(IDocumentCanvas canvas)
    {
        foreach (var call in _calls)
            call(canvas);
    }
}
