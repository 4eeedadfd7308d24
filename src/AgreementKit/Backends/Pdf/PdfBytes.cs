using AgreementKit.Layout.Canvas;
using System.Text;

namespace AgreementKit.Backends.Pdf;

/// <summary>
/// PDF bytes viewed as Latin-1 text: every byte maps to one char and back, so regular expressions can
/// find the structure of a finished PDF and edits keep the binary streams byte-exact.
/// </summary>
internal static class PdfBytes
{
    public static string ToText(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    public static byte[] FromText(string text) => Encoding.Latin1.GetBytes(text);
}
