using System.Text;

namespace AgreementKit.Writers.Text;

/// <summary>Text formats write UTF-8 without a byte order mark and leave the stream open.</summary>
internal static class Utf8Output
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Stream output, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(output, NoBom, leaveOpen: true);
        write(writer);
    }
}
