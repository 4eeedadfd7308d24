using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AgreementKit.Backends.Pdf.TrueType;
using AgreementKit.Layout.Canvas;

namespace AgreementKit.Backends.Pdf.Direct;

/// <summary>
/// One subset font embedded as a composite font (PDF 32000-1 §9.7): a Type0 font with Identity-H encoding
/// over a CIDFontType2 whose CIDs are the subset's glyph IDs, its widths, a descriptor with the TrueType
/// program (FontFile2) and a ToUnicode map from each glyph back to its character, which is what copy,
/// search and text extraction read.
/// </summary>
internal sealed class PdfFontProgram
{
    private readonly byte[] _font;
    private readonly IReadOnlyList<CharGlyph> _characters;
    private readonly string _postScriptName;
    private readonly float[] _advances; // by glyph ID, in thousandths of an em
    private readonly float _scale;
    private readonly SfntFont _tables;

    /// <param name="font">The subset's TrueType bytes, as <see cref="TrueTypeSubsetter"/> writes them.</param>
    /// <param name="characters">The characters of glyphs 1, 2, … in order.</param>
    /// <param name="name">The face's name (its file), for a font whose name table has no PostScript name.</param>
    public PdfFontProgram(byte[] font, IReadOnlyList<CharGlyph> characters, string name)
    {
        _font = font;
        _characters = characters;
        _tables = SfntFont.Read(font, 0);
        var head = _tables.Table(font, "head");
        _scale = 1000f / FontBytes.U16(head, 18);
        var glyphs = FontBytes.U16(_tables.Table(font, "maxp"), 4);
        var longMetrics = FontBytes.U16(_tables.Table(font, "hhea"), 34);
        var hmtx = _tables.Table(font, "hmtx");
        _advances = new float[glyphs];
        for (var g = 0; g < glyphs; g++)
            _advances[g] = FontBytes.U16(hmtx, 4 * Math.Min(g, longMetrics - 1)) * _scale;
        _postScriptName = Tag(font) + "+" + PostScriptName(FontName(font, _tables) ?? Path.GetFileNameWithoutExtension(name.Split('#')[0]));
    }

    /// <summary>A glyph's advance in thousandths of an em.</summary>
    public float Advance(ushort glyph) => glyph < _advances.Length ? _advances[glyph] : 0;

    /// <summary>Writes the font's objects, the Type0 font under <paramref name="number"/>.</summary>
    public void Write(PdfObjectWriter pdf, int number)
    {
        var descendant = pdf.Reserve();
        var descriptor = pdf.Reserve();
        var toUnicode = pdf.AddStream("", ToUnicode());
        var program = pdf.AddStream(string.Create(CultureInfo.InvariantCulture, $"/Length1 {_font.Length}"), _font);
        pdf.Write(number, $"<</Type /Font\n/Subtype /Type0\n/BaseFont /{_postScriptName}\n/Encoding /Identity-H\n/DescendantFonts [{descendant} 0 R]\n/ToUnicode {toUnicode} 0 R>>");
        pdf.Write(descendant, $"<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /{_postScriptName}\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (Identity)\n/Supplement 0>>\n/FontDescriptor {descriptor} 0 R\n/CIDToGIDMap /Identity\n/DW 1000\n/W {Widths()}>>");
        pdf.Write(descriptor, Descriptor(program));
    }

    private string Descriptor(int program)
    {
        var head = _tables.Table(_font, "head");
        var hhea = _tables.Table(_font, "hhea");
        var os2 = _tables.Table(_font, "OS/2");
        int Scaled(int units) => (int)MathF.Round(units * _scale);
        var ascent = Scaled(FontBytes.S16(hhea, 4));
        var capHeight = os2.Length >= 90 && FontBytes.U16(os2, 0) >= 2 ? Scaled(FontBytes.S16(os2, 88)) : ascent;
        // Flags 4: symbolic, the only right value for a font whose glyphs are reached by glyph ID.
        return string.Create(CultureInfo.InvariantCulture,
            $"<</Type /FontDescriptor\n/FontName /{_postScriptName}\n/Flags 4\n/FontBBox [{Scaled(FontBytes.S16(head, 36))} {Scaled(FontBytes.S16(head, 38))} {Scaled(FontBytes.S16(head, 40))} {Scaled(FontBytes.S16(head, 42))}]\n/ItalicAngle 0\n/Ascent {ascent}\n/Descent {Scaled(FontBytes.S16(hhea, 6))}\n/CapHeight {capHeight}\n/StemV 80\n/FontFile2 {program} 0 R>>");
    }

    // Runs of consecutive glyphs with their widths: c [w1 w2 …]; glyphs as wide as /DW are left out.
    private string Widths()
    {
        var w = new StringBuilder("[");
        var g = 0;
        while (g < _advances.Length)
        {
            if (Math.Abs(_advances[g] - 1000) < 0.0005f) { g++; continue; }
            w.Append(g.ToString(CultureInfo.InvariantCulture)).Append(" [");
            var first = true;
            for (; g < _advances.Length && Math.Abs(_advances[g] - 1000) >= 0.0005f; g++)
            {
                if (!first) w.Append(' ');
                w.Append(PdfSyntax.Number(_advances[g]));
                first = false;
            }
            w.Append("]\n");
        }
        return w.Append(']').ToString();
    }

    private byte[] ToUnicode()
    {
        var map = new StringBuilder(64 * _characters.Count + 512);
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (var start = 0; start < _characters.Count; start += 100)
        {
            var count = Math.Min(100, _characters.Count - start);
            map.Append(count.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            for (var i = start; i < start + count; i++)
            {
                map.Append('<').Append((i + 1).ToString("X4", CultureInfo.InvariantCulture)).Append("> <");
                foreach (var unit in char.ConvertFromUtf32(_characters[i].CodePoint))
                    map.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                map.Append(">\n");
            }
            map.Append("endbfchar\n");
        }
        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(map.ToString());
    }

    // Six capital letters naming the subset (PDF 32000-1 §9.6.4), taken from its bytes: the same subset
    // always gets the same tag, so the file stays deterministic.
    private static string Tag(byte[] font)
    {
        var hash = SHA256.HashData(font);
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
            tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    // The PostScript name (name ID 6) from the name table: Windows (UTF-16BE) or Macintosh (ASCII) records.
    private static string? FontName(byte[] font, SfntFont tables)
    {
        var names = tables.Table(font, "name");
        if (names.Length < 6) return null;
        var count = FontBytes.U16(names, 2);
        var storage = FontBytes.U16(names, 4);
        for (var i = 0; i < count; i++)
        {
            var record = 6 + 12 * i;
            var platform = FontBytes.U16(names, record);
            if (FontBytes.U16(names, record + 6) != 6 || platform is not (1 or 3)) continue;
            var text = FontBytes.Slice(names, storage + FontBytes.U16(names, record + 10), FontBytes.U16(names, record + 8));
            return platform == 3 ? Encoding.BigEndianUnicode.GetString(text) : Encoding.ASCII.GetString(text);
        }
        return null;
    }

    // A PostScript name holds printable ASCII without spaces or delimiters.
    private static string PostScriptName(string name)
    {
        var kept = new string(name.Where(c => c is > ' ' and < '\u007f' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' or '#')).ToArray());
        return kept.Length > 0 ? kept : "Font";
    }
}
