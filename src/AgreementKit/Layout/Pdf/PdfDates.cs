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
        // Ordinal searches, not regular expressions over the whole file: a PDF is hundreds of kilobytes
        // and this runs for every document of a batch.
        var text = PdfBytes.ToText(pdf).ToCharArray();
        foreach (var date in new[] { created, modified })
        {
            if (date is not { } value) continue;
            var sign = value.Offset < TimeSpan.Zero ? "-" : "+";
            var hours = Math.Abs(value.Offset.Hours).ToString("00", CultureInfo.InvariantCulture);
            var minutes = Math.Abs(value.Offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
            Rewrite(text, "D:" + value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), InfoOffset(), sign + hours + "'" + minutes + "'");
            Rewrite(text, value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), XmpOffset(), sign + hours + ":" + minutes);
        }
        return PdfBytes.FromText(new string(text));
    }

    /// <summary>Replaces the fixed-width offset after every occurrence of <paramref name="stamp"/>; no byte moves.</summary>
    private static void Rewrite(char[] text, string stamp, Regex offset, string replacement)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOf(stamp); at >= 0;)
        {
            var after = at + stamp.Length;
            if (after + replacement.Length <= text.Length && offset.IsMatch(new string(text, after, replacement.Length)))
                replacement.CopyTo(span[after..]);
            var next = span[after..].IndexOf(stamp);
            at = next < 0 ? -1 : after + next;
        }
    }

    [GeneratedRegex(@"^[+-]\d\d'\d\d'$")]
    private static partial Regex InfoOffset();

    [GeneratedRegex(@"^[+-]\d\d:\d\d$")]
    private static partial Regex XmpOffset();
}
