using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using AgreementKit.Diagnostics;

namespace AgreementKit.Parameters;

/// <summary>
/// Bytes → text, refusing bytes that are not valid in the chosen encoding (promise R5). Reading a GBK
/// file as UTF-8 would otherwise silently produce U+FFFD and parse fine (reliability notes §5).
/// </summary>
internal static class InputDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The decoded text and the same text as UTF-8 without BOM, or null after reporting AK1001.</summary>
    public static (string Text, byte[] Utf8)? Decode(byte[] raw, Encoding? encoding, string file, DiagnosticBag bag)
    {
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
            return DecodeUtf8(raw, file, bag);
        try
        {
            var text = encoding.GetString(raw);
            if (text.StartsWith('\uFEFF'))
                text = text[1..];
            return (text, InputEncoding.Utf8.GetBytes(text));
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Clamp(e.Index, 0, raw.Length - 1);
            Report(raw, offset, encoding.WebName.ToUpperInvariant(), "save it again in that encoding or as UTF-8", encoding, file, bag);
            return null;
        }
    }

    private static (string, byte[])? DecodeUtf8(byte[] raw, string file, DiagnosticBag bag)
    {
        var start = raw.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var body = raw.AsSpan(start);
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
            return (new string(chars, 0, written), body.ToArray());
        Report(raw, start + bytesRead, "UTF-8", "save it as UTF-8, or for GBK batch files use --encoding gb18030", Encoding.UTF8, file, bag);
        return null;
    }

    private static void Report(byte[] raw, int offset, string encodingName, string advice, Encoding encoding, string file, DiagnosticBag bag)
    {
        var lineStart = Array.LastIndexOf(raw, (byte)'\n', Math.Max(offset - 1, 0)) + 1;
        if (offset == 0) lineStart = 0;
        var line = 1 + raw.AsSpan(0, lineStart).Count((byte)'\n');
        // A UTF-8 BOM is not a character the user sees in an editor.
        var countFrom = lineStart == 0 && raw.AsSpan().StartsWith(Utf8Bom) ? Math.Min(Utf8Bom.Length, offset) : lineStart;
        var column = encoding.GetCharCount(raw, countFrom, offset - countFrom) + 1;
        var value = raw[offset].ToString("X2", CultureInfo.InvariantCulture);
        bag.Error(DiagnosticCodes.NotUtf8,
            $"the file is not {encodingName} (byte 0x{value} at line {line}, byte {offset - lineStart + 1}); {advice}",
            new SourceLocation { File = file, Line = line, Column = column });
    }
}
