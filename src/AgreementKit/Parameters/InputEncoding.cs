using System.Text;

namespace AgreementKit.Parameters;

/// <summary>
/// The encodings a user may ask for explicitly. Every one throws on bad bytes instead of inserting
/// U+FFFD, so damaged input is reported rather than rendered.
/// </summary>
internal static class InputEncoding
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        // GB18030 lives in the code-pages provider that ships with .NET; registering it is a process-wide
        // change, so it happens only when someone asks for it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Strict UTF-8: no BOM written, exceptions on invalid bytes.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The encoding for a user-given name: <c>utf-8</c>, or <c>gb18030</c> (also for <c>gbk</c> and
    /// <c>gb2312</c>, which it contains). Null for any other name.
    /// </summary>
    public static Encoding? FromName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => Utf8,
        "gb18030" or "gbk" or "gb2312" or "cp936" => Gb18030.Value,
        _ => null,
    };
}
