using System.IO.Compression;
using System.Text;
using AgreementKit.Layout.Model;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// Attaches files to a finished PDF through its incremental update (<see cref="PdfUpdate"/>; PDF 32000-1
/// §7.11.4): a compressed EmbeddedFile stream and a file specification per file, a name tree listing them,
/// and the catalog's <c>/Names</c> pointing at the tree. The bytes before the update are untouched and the
/// output is still a function of the input.
/// </summary>
internal static class PdfAttachments
{
    public static void AddTo(PdfUpdate update, IReadOnlyList<EmbeddedFile> files)
    {
        if (files.Count == 0) return;
        if (update.Object(update.Root).Contains("/Names", StringComparison.Ordinal))
            throw new InvalidOperationException("The PDF's catalog already has a name dictionary.");

        var tree = update.Reserve();
        var names = new StringBuilder("<</Names [");
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // Stream bytes travel as Latin-1 text, one char per byte, like every object of the update.
            var stream = update.Add(PdfBytes.ToText(Stream(file)));
            var spec = update.Add($"<</Type /Filespec\n/F {Literal(file.Name)}\n/UF {Literal(file.Name)}\n/EF <</F {stream} 0 R /UF {stream} 0 R>>\n/Desc {Literal(file.Description)}>>");
            names.Append(Literal(file.Name)).Append(' ').Append(spec).Append(" 0 R ");
        }

        update.Set(tree, names.ToString().TrimEnd() + "]>>");
        update.AddEntries(update.Root, $"/Names <</EmbeddedFiles {tree} 0 R>>");
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
}
