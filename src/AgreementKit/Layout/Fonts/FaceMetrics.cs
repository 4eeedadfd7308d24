using System.Collections.Concurrent;
using SkiaSharp;

namespace AgreementKit.Layout.Fonts;

/// <summary>
/// One face's glyph ids, advances and ink bounds, asked of Skia once per process and shared by every
/// document and thread: a batch lays out the same few hundred characters thousands of times, and each
/// answer is a fact of the font file alone, so sharing cannot change any output. Skia's font object is
/// not meant for concurrent use, so the calls into it are serialized; answers are read without locks.
/// </summary>
internal sealed class FaceMetrics
{
    private const int Unknown = -1;

    private readonly FontFace _face;
    private readonly SKFont _font;

    // Basic Multilingual Plane code points by value (a flat table: the hot path of every layout), the rest
    // by dictionary. Unknown until asked; int and float stores are atomic, and two threads asking at once
    // write the same answer.
    private readonly int[] _bmpGlyphs = new int[0x10000];
    private readonly ConcurrentDictionary<int, ushort> _otherGlyphs = new();
    private readonly float[] _advances;
    private readonly ConcurrentDictionary<ushort, (float Left, float Right)> _ink = new();

    public FaceMetrics(FontFace face)
    {
        _face = face;
        // Measured at one em = UnitsPerEm, widths come back in font units and scale exactly.
        _font = face.CreateFont(face.UnitsPerEm);
        Array.Fill(_bmpGlyphs, Unknown);
        _advances = new float[Math.Max(face.Typeface.GlyphCount, 1)];
        Array.Fill(_advances, float.NaN);
    }

    /// <summary>The glyph for a code point, 0 when the face has none.</summary>
    public ushort Glyph(int codePoint)
    {
        if ((uint)codePoint < 0x10000)
        {
            var known = _bmpGlyphs[codePoint];
            if (known != Unknown) return (ushort)known;
            var glyph = Ask(codePoint);
            _bmpGlyphs[codePoint] = glyph;
            return glyph;
        }
        return _otherGlyphs.TryGetValue(codePoint, out var other) ? other : _otherGlyphs.GetOrAdd(codePoint, Ask);
    }

    /// <summary>The advance of a glyph in font units.</summary>
    public float Advance(ushort glyph)
    {
        if (glyph < _advances.Length)
        {
            var known = _advances[glyph];
            if (!float.IsNaN(known)) return known;
        }
        float units;
        lock (_font)
        {
            Span<ushort> glyphs = [glyph];
            Span<float> widths = stackalloc float[1];
            _font.GetGlyphWidths(glyphs, widths, Span<SKRect>.Empty, null);
            units = widths[0];
        }
        if (glyph < _advances.Length) _advances[glyph] = units;
        return units;
    }

    /// <summary>Where a glyph's ink starts and ends, as fractions of the em; (0, 0) when it has none.</summary>
    public (float Left, float Right) Ink(ushort glyph) =>
        _ink.TryGetValue(glyph, out var ink) ? ink : _ink.GetOrAdd(glyph, g =>
        {
            lock (_font)
            {
                Span<ushort> glyphs = [g];
                Span<SKRect> bounds = stackalloc SKRect[1];
                _font.GetGlyphWidths(glyphs, Span<float>.Empty, bounds, null);
                return bounds[0].IsEmpty ? (0, 0) : (bounds[0].Left / _face.UnitsPerEm, bounds[0].Right / _face.UnitsPerEm);
            }
        });

    private ushort Ask(int codePoint)
    {
        lock (_font) return _font.GetGlyph(codePoint);
    }
}
