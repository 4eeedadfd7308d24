using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Model;

namespace AgreementKit.Tests.Layout;

/// <summary>Records what the engine draws, page by page, without SkiaSharp.</summary>
internal sealed class RecordingCanvas : IDocumentCanvas
{
    public List<RecordedPage> Pages { get; } = [];

    private RecordedPage Page => Pages[^1];

    public void BeginPage(float width, float height) => Pages.Add(new RecordedPage());

    public void EndPage()
    {
    }

    public void DrawGlyphs(GlyphRun run, float x, float baseline)
    {
        Assert.Equal(run.Text.EnumerateRunes().Count(), run.Glyphs.Length);
        Assert.DoesNotContain((ushort)0, run.Glyphs);
        Page.Text.Add((run.Text, x + run.Positions[0], baseline));
        Page.Runs.Add((run, x));
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float width, LayoutColor color) => Page.Lines++;

    public void DefineDestination(string name, float x, float y) => Page.Destinations.Add(name);

    public void LinkToDestination(LayoutRect area, string destination) => Page.Links.Add(destination);

    public void LinkToUrl(LayoutRect area, string url) => Page.Links.Add(url);

    public void DefineSignatureField(string name, string? description, LayoutRect area) => Page.Fields.Add((name, area));

    internal sealed class RecordedPage
    {
        public List<(string Text, float X, float Baseline)> Text { get; } = [];
        public List<(GlyphRun Run, float X)> Runs { get; } = [];
        public List<string> Destinations { get; } = [];
        public List<string> Links { get; } = [];
        public List<(string Name, LayoutRect Area)> Fields { get; } = [];
        public int Lines { get; set; }

        public string AllText => string.Concat(Text.Select(t => t.Text));
    }
}
