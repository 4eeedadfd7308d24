using System.Text;
using AgreementKit.Layout.Model;

namespace AgreementKit.Backends.Pdf.Direct;

/// <summary>
/// The content stream of one page: text shown with its fonts' glyph IDs and lines stroked, in PDF
/// coordinates (origin bottom left, y up) converted from the layout's (top left, y down).
/// </summary>
internal sealed class PdfPageContent
{
    private readonly StringBuilder _operators = new(32 * 1024);
    private float _height;
    private LayoutColor? _fill;
    private LayoutColor? _stroke;
    private float _lineWidth = -1;

    /// <summary>Starts the next page (one builder serves all pages of a document) of this height.</summary>
    public void Begin(float height)
    {
        _operators.Clear();
        _height = height;
        _fill = null;
        _stroke = null;
        _lineWidth = -1;
    }

    /// <summary>
    /// Shows glyphs at their own pen positions: one text object per run, the glyphs in a TJ array whose
    /// adjustments move each glyph from where the font's advance leaves the pen to where the layout put it
    /// (justified lines, compressed punctuation), so no glyph drifts however long the line.
    /// </summary>
    /// <param name="font">The font's resource name, e.g. <c>/F1</c>.</param>
    /// <param name="size">The font size in points.</param>
    /// <param name="color">The text colour.</param>
    /// <param name="glyphs">The glyph IDs in the font.</param>
    /// <param name="xs">Each glyph's x on the page.</param>
    /// <param name="baseline">The baseline's y on the page (from the top).</param>
    /// <param name="advances">Each glyph's advance in thousandths of an em, as the font's /W array says.</param>
    public void ShowGlyphs(string font, float size, LayoutColor color, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<float> xs, float baseline, Func<ushort, float> advances)
    {
        if (glyphs.IsEmpty) return;
        var o = _operators;
        o.Append("BT\n");
        if (_fill != color)
        {
            o.Append(PdfSyntax.Color(color)).Append(" rg\n");
            _fill = color;
        }
        PdfSyntax.Append(o.Append(font).Append(' '), size).Append(" Tf\n");
        PdfSyntax.Append(PdfSyntax.Append(o.Append("1 0 0 1 "), xs[0]).Append(' '), _height - baseline).Append(" Tm\n[<");
        for (var i = 0; i < glyphs.Length; i++)
        {
            Hex(o, glyphs[i]);
            if (i + 1 == glyphs.Length) break;
            var pen = xs[i] + advances(glyphs[i]) * size / 1000f;
            // TJ numbers are thousandths of an em, subtracted from the pen: negative moves right.
            var adjustment = (pen - xs[i + 1]) * 1000f / size;
            if (Math.Abs(adjustment) >= 0.0005f)
                PdfSyntax.Append(o.Append('>'), adjustment).Append('<');
        }
        o.Append(">] TJ\nET\n");
    }

    private static void Hex(StringBuilder o, ushort value)
    {
        const string digits = "0123456789ABCDEF";
        o.Append(digits[value >> 12]).Append(digits[(value >> 8) & 0xF]).Append(digits[(value >> 4) & 0xF]).Append(digits[value & 0xF]);
    }

    public void StrokeLine(float x1, float y1, float x2, float y2, float width, LayoutColor color)
    {
        var o = _operators;
        if (_stroke != color)
        {
            o.Append(PdfSyntax.Color(color)).Append(" RG\n");
            _stroke = color;
        }
        if (_lineWidth != width)
        {
            o.Append(PdfSyntax.Number(width)).Append(" w\n");
            _lineWidth = width;
        }
        PdfSyntax.Append(PdfSyntax.Append(o, x1).Append(' '), _height - y1).Append(" m ");
        PdfSyntax.Append(PdfSyntax.Append(o, x2).Append(' '), _height - y2).Append(" l S\n");
    }

    /// <summary>Writes the page's content stream as object <paramref name="number"/>, without a string of it in between.</summary>
    public void WriteTo(PdfObjectWriter pdf, int number)
    {
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(_operators.Length);
        var length = 0;
        foreach (var chunk in _operators.GetChunks())
            length += Encoding.ASCII.GetBytes(chunk.Span, bytes.AsSpan(length));
        pdf.WriteStream(number, "", bytes.AsSpan(0, length));
        System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
    }
}
