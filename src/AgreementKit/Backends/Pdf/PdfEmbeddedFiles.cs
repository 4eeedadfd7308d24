using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// Finds the embedded files of a PDF by their streams (<c>/Type /EmbeddedFile</c>), the way it still works
/// after another tool rewrote the file: streams are never packed into object streams, so each is found by
/// its own dictionary, whatever became of the catalogue around it. Only unfiltered and FlateDecode streams
/// are read (what AgreementKit and the usual tools write).
/// </summary>
internal static partial class PdfEmbeddedFiles
{
    /// <summary>The decoded contents of every embedded file stream, in file order.</summary>
    public static IEnumerable<byte[]> All(byte[] pdf)
    {
        var text = PdfBytes.ToText(pdf);
        foreach (Match type in EmbeddedFileType().Matches(text))
        {
            var dictStart = text.LastIndexOf(" obj", type.Index, StringComparison.Ordinal);
            var streamMatch = StreamKeyword().Match(text, type.Index);
            if (dictStart < 0 || !streamMatch.Success) continue;
            var dictionary = text[dictStart..streamMatch.Index];
            var dataStart = streamMatch.Index + streamMatch.Length;
            var length = DirectLength().Match(dictionary);
            int dataEnd;
            if (length.Success && int.TryParse(length.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && dataStart + n <= pdf.Length)
                dataEnd = dataStart + n;
            else
            {
                // An indirect /Length: the data ends before the end-of-line that precedes "endstream".
                var end = text.IndexOf("endstream", dataStart, StringComparison.Ordinal);
                if (end < 0) continue;
                dataEnd = end;
                if (dataEnd > dataStart && pdf[dataEnd - 1] == '\n') dataEnd--;
                if (dataEnd > dataStart && pdf[dataEnd - 1] == '\r') dataEnd--;
            }

            var data = pdf[dataStart..dataEnd];
            if (dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                byte[]? inflated = null;
                try
                {
                    using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                    using var output = new MemoryStream();
                    input.CopyTo(output);
                    inflated = output.ToArray();
                }
                catch (InvalidDataException)
                {
                    // Not a stream we can read; look at the next one.
                }

                if (inflated is not null) yield return inflated;
            }
            else if (!dictionary.Contains("/Filter", StringComparison.Ordinal))
                yield return data;
        }
    }

    [GeneratedRegex(@"/Type\s*/EmbeddedFile(?![A-Za-z0-9#])")]
    private static partial Regex EmbeddedFileType();

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamKeyword();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)")]
    private static partial Regex DirectLength();
}
