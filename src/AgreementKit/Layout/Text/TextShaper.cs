using System.Text;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Model;

namespace AgreementKit.Layout.Text;

/// <summary>
/// Turns runs into clusters: one glyph per code point from the first face of the run's chain that has
/// it, with its advance. No shaping engine is used: Chinese needs none, and skipping one keeps ligatures
/// such as ﬁ out of the PDF's text. Characters no face has are collected for one report per document.
/// </summary>
internal sealed class TextShaper(FontSet fonts, GlyphCache cache)
{
    private readonly List<int> _missing = [];
    private readonly HashSet<int> _missingSeen = [];

    public FontSet Fonts { get; } = fonts;

    public List<ShapedCluster> Shape(IReadOnlyList<TextRun> runs)
    {
        var clusters = new List<ShapedCluster>();
        foreach (var run in runs)
            Shape(run.Text, run.Style, clusters);
        PunctuationCompression.Apply(clusters, c => cache.Ink(c.Face, c.Glyph));
        return clusters;
    }

    public List<ShapedCluster> Shape(string text, TextStyle style) => Shape([new TextRun(text, style)]);

    /// <summary>The missing code points collected so far; the list starts again empty.</summary>
    public List<int> TakeMissing()
    {
        var result = new List<int>(_missing);
        _missing.Clear();
        _missingSeen.Clear();
        return result;
    }

    public float Ascent => Fonts.Regular.Ascent;

    public float Descent => Fonts.Regular.Descent;

    private void Shape(string text, TextStyle style, List<ShapedCluster> clusters)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var codePoint = rune.Value;
            if (BreakRules.IsNewLine(codePoint) || codePoint == '\r')
            {
                clusters.Add(new ShapedCluster(codePoint, Text(rune), Fonts.Regular, 0, 0, style));
                continue;
            }
            // A tab is set as a space: the engine has no tab stops.
            var drawn = codePoint == '\t' ? ' ' : codePoint;
            var resolved = Fonts.Resolve(drawn, style.Role, cache);
            if (resolved is { } found)
            {
                var advance = cache.Advance(found.Face, found.Glyph, style.Size);
                clusters.Add(new ShapedCluster(codePoint, Text(rune), found.Face, found.Glyph, advance, style));
            }
            else
            {
                if (_missingSeen.Add(codePoint))
                    _missing.Add(codePoint);
                // Keep a place so the layout goes on and every missing character of the document is found.
                clusters.Add(new ShapedCluster(codePoint, Text(rune), Fonts.ChainFor(style.Role)[0], 0, style.Size, style));
            }
        }
    }

    // One string per character of the Basic Multilingual Plane, made on first use and shared: a document
    // has tens of thousands of clusters but a few hundred distinct characters.
    private static readonly string?[] BmpTexts = new string?[0x10000];

    private static string Text(Rune rune) =>
        rune.IsBmp ? BmpTexts[rune.Value] ??= rune.ToString() : rune.ToString();

    public static string Describe(IEnumerable<int> codePoints) =>
        string.Join(", ", codePoints.Select(c => FontSet.Describe(new Rune(c).ToString())));
}
