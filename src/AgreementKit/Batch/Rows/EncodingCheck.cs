using System.Globalization;
using System.Text;
using AgreementKit.Diagnostics;
using AgreementKit.Parameters;

namespace AgreementKit.Batch.Rows;

/// <summary>
/// Reads a data file once, start to end, and refuses it when its bytes are not valid in the chosen
/// encoding (promise R5): a GBK export read as UTF-8 would otherwise turn into U+FFFD text that validates
/// and renders. The error names the line and byte. Streaming, so a large file costs no memory.
/// </summary>
internal static class EncodingCheck
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Throws <see cref="AgreementKitException"/> (AK1001) when <paramref name="path"/> is not valid in <paramref name="encoding"/> (null: UTF-8).</summary>
    public static void Verify(string path, Encoding? encoding)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var chosen = encoding ?? InputEncoding.Utf8;
        var decoder = chosen.GetDecoder();
        // With an explicit legacy encoding, a file that is really UTF-8 would decode "successfully" into
        // nonsense; a second, UTF-8 decoder notices (Chinese GBK text is practically never valid UTF-8).
        var utf8 = encoding is null ? null : InputEncoding.Utf8.GetDecoder();
        var utf8Valid = true;
        var nonAscii = false;
        var buffer = new byte[1 << 16];
        var chars = new char[chosen.GetMaxCharCount(buffer.Length)];
        var spare = new char[InputEncoding.Utf8.GetMaxCharCount(buffer.Length)];
        long offset = 0;
        var line = 1;
        long lineStart = 0;
        int read;
        var first = true;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (first && encoding is not null && buffer.AsSpan(0, read).StartsWith(Utf8Bom))
                throw Refuse(path, 1, $"the file starts with a UTF-8 byte-order mark, so it is UTF-8, not {chosen.WebName.ToUpperInvariant()}; leave out --encoding");
            first = false;
            try
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                var bad = Math.Max(0, e.Index);
                for (var i = 0; i < bad; i++)
                {
                    if (buffer[i] == (byte)'\n')
                    {
                        line++;
                        lineStart = offset + i + 1;
                    }
                }

                var value = buffer[bad].ToString("X2", CultureInfo.InvariantCulture);
                var advice = encoding is null
                    ? "save it as UTF-8, or if Excel saved it on Chinese Windows (GBK) add --encoding gb18030"
                    : "check that the file really is in that encoding, or save it as UTF-8";
                throw Refuse(path, line,
                    $"the file is not {(encoding is null ? "UTF-8" : chosen.WebName.ToUpperInvariant())} (byte 0x{value} at line {line}, byte {offset + bad - lineStart + 1}); {advice}");
            }

            if (utf8 is not null && utf8Valid)
            {
                try
                {
                    utf8.GetChars(buffer, 0, read, spare, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    utf8Valid = false;
                }
            }

            for (var i = 0; i < read; i++)
            {
                if (buffer[i] >= 0x80) nonAscii = true;
                if (buffer[i] == (byte)'\n')
                {
                    line++;
                    lineStart = offset + i + 1;
                }
            }

            offset += read;
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw Refuse(path, line, "the file ends in the middle of a character; it was cut short or is in another encoding");
        }

        if (utf8 is not null && utf8Valid && nonAscii)
            throw Refuse(path, 1, $"the file is valid UTF-8, and reading it as {chosen.WebName.ToUpperInvariant()} would garble its Chinese text; leave out --encoding");
    }

    private static AgreementKitException Refuse(string path, int line, string message) =>
        new([Diagnostic.Error(DiagnosticCodes.NotUtf8, message, new SourceLocation { File = path, Line = line })]);
}
