using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementKit.Layout.Pdf;

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

        var blanked = text.Replace(dashed, new string('0', dashed.Length), StringComparison.OrdinalIgnoreCase)
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
        var result = PdfBytes.FromText(text);
        if (result.Length != pdf.Length)
            throw new InvalidOperationException("Replacing the PDF/A document ID changed the PDF's length.");
        return result;
    }

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex XmpUuid();
}
