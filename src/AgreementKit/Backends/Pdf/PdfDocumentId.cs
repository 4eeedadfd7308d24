using AgreementKit.Layout.Canvas;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// In PDF/A mode Skia writes a time-based document UUID (XMP DocumentID and InstanceID, trailer /ID): the
/// only bytes that differ between two renders. This replaces it in place with a value derived from the
/// rest of the file, same length, so equal content gives equal bytes and different content a different ID.
/// </summary>
internal static partial class PdfDocumentId
{
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var text = PdfBytes.ToText(pdf);
        var match = XmpUuid().Match(text);
        if (!match.Success)
            return pdf;
        var oldHex = match.Groups[1].Value.Replace("-", "", StringComparison.Ordinal);
        var upper = oldHex.ToUpperInvariant();
        var lower = oldHex.ToLowerInvariant();
        var dashed = match.Groups[1].Value;

        // Everything random is left out of the hash: the UUID in both spellings and the trailer /ID, which
        // Skia writes in a form (hex or literal) chosen by the random bytes themselves.
        var (idStart, idEnd) = TrailerId(text);
        var blanked = string.Concat(text.AsSpan(0, idStart), text.AsSpan(idEnd))
            .Replace(dashed, new string('0', dashed.Length), StringComparison.OrdinalIgnoreCase)
            .Replace(upper, new string('0', upper.Length), StringComparison.OrdinalIgnoreCase);
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(blanked));
        var id = new byte[16];
        Array.Copy(hash, id, 16);
        id[6] = (byte)((id[6] & 0x0F) | 0x50); // name-based UUID (RFC 4122 version 5 layout)
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        var newHex = Convert.ToHexString(id);
        var newDashed = new Guid(newHex).ToString("D");
        // Guid's constructor from a string keeps the digit order of the text, so this is newHex with dashes.

        text = text.Replace(dashed, newDashed, StringComparison.Ordinal)
            .Replace(upper, newHex.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace(lower, newHex.ToLowerInvariant(), StringComparison.Ordinal);
        if (text.Length != pdf.Length)
            throw new InvalidOperationException("Replacing the PDF/A document ID changed the PDF's length.");
        return PdfBytes.FromText(WithTrailerId(text, newHex));
    }

    // Skia writes the trailer /ID as a hex string usually, but as a literal string (…) when the random
    // bytes happen to be mostly printable; the text replacements above only catch the hex form. The
    // trailer follows the cross-reference table, so rewriting it moves no object offsets.
    private static string WithTrailerId(string text, string hex)
    {
        var (start, end) = TrailerId(text);
        return start == end ? text : string.Concat(text.AsSpan(0, start), $"/ID [<{hex}> <{hex}>]", text.AsSpan(end));
    }

    // Where the trailer's "/ID [...]" stands, from the slash to after the bracket; empty when there is none.
    private static (int Start, int End) TrailerId(string text)
    {
        var trailer = text.LastIndexOf("\ntrailer\n", StringComparison.Ordinal);
        var start = trailer < 0 ? -1 : text.IndexOf("/ID [", trailer, StringComparison.Ordinal);
        if (start < 0)
            return (0, 0);
        var i = start + "/ID [".Length;
        while (i < text.Length && text[i] != ']')
        {
            if (text[i] == '(')
                i = EndOfLiteral(text, i);
            i++;
        }
        if (i == text.Length)
            throw new InvalidOperationException("The PDF trailer's /ID array is not closed.");
        return (start, i + 1);
    }

    // The index of the ')' closing the literal string that opens at `open` (escapes and nested parentheses).
    private static int EndOfLiteral(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        throw new InvalidOperationException("The PDF trailer's /ID holds an unterminated string.");
    }

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex XmpUuid();
}
