using System.Globalization;
using System.Text.RegularExpressions;

namespace AgreementKit.Layout.Pdf;

/// <summary>
/// SkiaSharp writes the creation and modification dates' wall-clock fields labelled with the UTC offset of
/// the machine it runs on, so the same input gave different bytes in Shanghai and in UTC. This rewrites
/// the offset of each date in the document information dictionary and the XMP packet to the offset the
/// caller gave. Offsets have a fixed width, so no byte moves and the xref table stays valid.
/// </summary>
internal static partial class PdfDates
{
    public static byte[] FixOffsets(byte[] pdf, DateTimeOffset? created, DateTimeOffset? modified)
    {
        if (created is null && modified is null)
            return pdf;
        var text = PdfBytes.ToText(pdf);
        foreach (var date in new[] { created, modified })
        {
            if (date is not { } value) continue;
            var info = "D:" + value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var xmp = value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            var sign = value.Offset < TimeSpan.Zero ? "-" : "+";
            var hours = Math.Abs(value.Offset.Hours).ToString("00", CultureInfo.InvariantCulture);
            var minutes = Math.Abs(value.Offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
            text = Regex.Replace(text, Regex.Escape(info) + InfoOffset().ToString(), info + sign + hours + "'" + minutes + "'");
            text = Regex.Replace(text, Regex.Escape(xmp) + XmpOffset().ToString(), xmp + sign + hours + ":" + minutes);
        }
        var result = PdfBytes.FromText(text);
        if (result.Length != pdf.Length)
            throw new InvalidOperationException("Fixing the date offsets changed the PDF's length.");
        return result;
    }

    [GeneratedRegex(@"[+-]\d\d'\d\d'")]
    private static partial Regex InfoOffset();

    [GeneratedRegex(@"[+-]\d\d:\d\d")]
    private static partial Regex XmpOffset();
}
