using System.Globalization;
using System.IO.Compression;
using System.Text;
using AgreementKit.Layout.Model;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// Attaches files to a finished PDF with one more incremental update (PDF 32000-1 §7.5.6, §7.11.4): a
/// compressed EmbeddedFile stream and a file specification per file, a name tree listing them, and a new
/// version of the catalog whose <c>/Names</c> points at the tree. Appended after the outline update, so
/// the bytes before it are untouched and the output is still a function of the input.
/// </summary>
internal static class PdfAttachments
{
    /// <summary>The bytes to append after <paramref name="pdf"/> and <paramref name="previousUpdate"/> (which may be empty).</summary>
    public static byte[] Update(byte[] pdf, byte[] previousUpdate, IReadOnlyList<EmbeddedFile> files)
    {
        if (files.Count == 0) return [];
        var latest = previousUpdate.Length > 0 ? previousUpdate : pdf;
        var trailer = PdfOutline.Trailer(latest);
        var catalog = CatalogBody(pdf, previousUpdate, trailer.Root);
        if (catalog.Contains("/Names", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF's catalog already has a name dictionary.");

        var next = trailer.Size;
        var tree = next++;
        var objects = new SortedDictionary<int, byte[]>();
        var names = new StringBuilder("<</Names [");
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            int stream = next++, spec = next++;
            objects[stream] = Stream(file);
            objects[spec] = Ascii($"<</Type /Filespec\n/F {Literal(file.Name)}\n/UF {Literal(file.Name)}\n/EF <</F {stream} 0 R /UF {stream} 0 R>>\n/Desc {Literal(file.Description)}>>");
            names.Append(Literal(file.Name)).Append(' ').Append(spec).Append(" 0 R ");
        }

        objects[tree] = Ascii(names.ToString().TrimEnd() + "]>>");
        objects[trailer.Root] = Ascii(catalog.TrimEnd()[..^2] + $"\n/Names <</EmbeddedFiles {tree} 0 R>>>>");

        var start = (long)pdf.Length + previousUpdate.Length;
        using var update = new MemoryStream();
        var last = previousUpdate.Length > 0 ? previousUpdate[^1] : pdf[^1];
        if (last != (byte)'\n') update.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = start + update.Length;
            update.Write(Ascii($"{number} 0 obj\n"));
            update.Write(body);
            update.Write("\nendobj\n"u8);
        }

        var xref = start + update.Length;
        var table = new StringBuilder("xref\n");
        foreach (var (first, count) in Runs(offsets.Keys))
        {
            table.Append(CultureInfo.InvariantCulture, $"{first} {count}\n");
            for (var n = first; n < first + count; n++)
                table.Append(offsets[n].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next}\n/Root {trailer.Root} 0 R");
        if (trailer.Info is not null) table.Append("\n/Info ").Append(trailer.Info);
        if (trailer.Id is not null) table.Append("\n/ID ").Append(trailer.Id);
        table.Append(CultureInfo.InvariantCulture, $"\n/Prev {trailer.StartXref}>>\nstartxref\n{xref}\n%%EOF\n");
        update.Write(Ascii(table.ToString()));
        return update.ToArray();
    }

    // The newest version of the catalog: the one the previous update wrote, else the original.
    private static string CatalogBody(byte[] pdf, byte[] previousUpdate, int root)
    {
        if (previousUpdate.Length > 0)
        {
            try
            {
                return PdfOutline.ObjectBody(previousUpdate, root);
            }
            catch (InvalidOperationException)
            {
                // The previous update did not rewrite the catalog.
            }
        }

        return PdfOutline.ObjectBody(pdf, root);
    }

    private static byte[] Stream(EmbeddedFile file)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(file.Contents);
        var data = compressed.ToArray();
        using var body = new MemoryStream();
        body.Write(Ascii($"<</Type /EmbeddedFile\n/Subtype /{file.MediaType.Replace("/", "#2F", StringComparison.Ordinal)}\n/Params <</Size {file.Contents.Length}>>\n/Filter /FlateDecode\n/Length {data.Length}>>\nstream\n"));
        body.Write(data);
        body.Write("\nendstream"u8);
        return body.ToArray();
    }

    // Names and descriptions are ASCII (the caller's); parentheses and backslashes are escaped.
    private static string Literal(string text)
    {
        if (text.Any(c => c > 126 || c < 32)) throw new ArgumentException($"'{text}' is not printable ASCII", nameof(text));
        return "(" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is not null && n == first + count)
            {
                count++;
                continue;
            }

            if (first is not null) yield return (first.Value, count);
            first = n;
            count = 1;
        }

        if (first is not null) yield return (first.Value, count);
    }
}
