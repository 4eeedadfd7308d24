using System.Globalization;
using System.Text;
using AgreementKit.Layout.Model;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// How values are spelled in a PDF file (PDF 32000-1 §7.3): numbers, names, strings, dates, colours. Used by
/// the direct writer and by the incremental update that finishes both writers' files.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>A real number, invariant, at most three decimals (a thousandth of a point is far below ink).</summary>
    public static string Number(float value) => Append(new StringBuilder(12), value).ToString();

    /// <summary>
    /// Appends a number as <see cref="Number"/> spells it. Written out digit by digit: the custom format
    /// "0.###" was 5% of a PDF's time, and a content stream holds a number for nearly every glyph.
    /// </summary>
    public static StringBuilder Append(StringBuilder o, float value)
    {
        var thousandths = (long)Math.Round(value * 1000.0, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            o.Append('-');
            thousandths = -thousandths;
        }
        o.Append(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction == 0) return o;
        o.Append('.');
        var divisor = 100;
        while (fraction > 0)
        {
            o.Append((char)('0' + fraction / divisor));
            fraction %= divisor;
            divisor /= 10;
        }
        return o;
    }

    /// <summary>
    /// A text string: a literal for printable ASCII (escaped), otherwise UTF-16BE with a byte order mark in
    /// hex, the only way a string can hold CJK characters.
    /// </summary>
    public static string Text(string text)
    {
        if (!text.All(c => c is >= ' ' and <= '~'))
            return Utf16(text);
        var literal = new StringBuilder(text.Length + 2).Append('(');
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\') literal.Append('\\');
            literal.Append(c);
        }
        return literal.Append(')').ToString();
    }

    /// <summary>A text string as UTF-16BE with a byte order mark, in hex: any text, CJK included.</summary>
    public static string Utf16(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>
    /// A name object: characters outside the regular printable ASCII set, and '#', are written as #xx of
    /// their UTF-8 bytes.
    /// </summary>
    public static string Name(string name)
    {
        var spelled = new StringBuilder(name.Length + 1).Append('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > (byte)' ' and < 0x7F and not ((byte)'#' or (byte)'/' or (byte)'%' or (byte)'(' or (byte)')'
                or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}'))
                spelled.Append((char)b);
            else
                spelled.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return spelled.ToString();
    }

    /// <summary>A date as the document information dictionary spells it: D:YYYYMMDDHHmmSS+HH'mm'.</summary>
    public static string Date(DateTimeOffset date)
    {
        var sign = date.Offset < TimeSpan.Zero ? '-' : '+';
        var offset = date.Offset.Duration();
        return string.Create(CultureInfo.InvariantCulture,
            $"(D:{date:yyyyMMddHHmmss}{sign}{offset.Hours:00}'{offset.Minutes:00}')");
    }

    /// <summary>An RGB colour's three components, 0 to 1.</summary>
    public static string Color(LayoutColor color) =>
        string.Create(CultureInfo.InvariantCulture, $"{Component(color.Red)} {Component(color.Green)} {Component(color.Blue)}");

    private static string Component(byte value) => (value / 255f).ToString("0.###", CultureInfo.InvariantCulture);
}
