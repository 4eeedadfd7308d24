using AgreementKit.Layout.Canvas;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Backends.Pdf;

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
        // Edits the bytes in place with ordinal searches: a PDF is hundreds of kilobytes, this runs for every
        // document of a batch, and whole-file string copies would churn the large object heap.
        foreach (var date in new[] { created, modified })
        {
            if (date is not { } value) continue;
            var sign = value.Offset < TimeSpan.Zero ? "-" : "+";
            var hours = Math.Abs(value.Offset.Hours).ToString("00", CultureInfo.InvariantCulture);
            var minutes = Math.Abs(value.Offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
            Rewrite(pdf, "D:" + value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), InfoOffset(), sign + hours + "'" + minutes + "'");
            Rewrite(pdf, value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), XmpOffset(), sign + hours + ":" + minutes);
        }
        return pdf;
    }

    /// <summary>Replaces the fixed-width offset after every occurrence of <paramref name="stamp"/>; no byte moves.</summary>
    private static void Rewrite(byte[] pdf, string stamp, Regex offset, string replacement)
    {
        var stampBytes = Encoding.ASCII.GetBytes(stamp);
        var replacementBytes = Encoding.ASCII.GetBytes(replacement);
        var span = pdf.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var found = span[from..].IndexOf(stampBytes);
            if (found < 0) break;
            var after = from + found + stampBytes.Length;
            if (after + replacementBytes.Length <= span.Length
                && offset.IsMatch(Encoding.ASCII.GetString(span.Slice(after, replacementBytes.Length))))
                replacementBytes.CopyTo(span[after..]);
            from = after;
        }
    }

    [GeneratedRegex(@"^[+-]\d\d'\d\d'$")]
    private static partial Regex InfoOffset();

    [GeneratedRegex(@"^[+-]\d\d:\d\d$")]
    private static partial Regex XmpOffset();
}
