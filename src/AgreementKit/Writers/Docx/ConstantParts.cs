using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The parts that depend only on the options and the script, never on the agreement (styles, settings,
/// font table, footer, the cover's empty header and footer), serialized once per process and reused: a
/// batch would otherwise build and write the same object trees for every row.
/// </summary>
internal static class ConstantParts
{
    private static readonly ConcurrentDictionary<(DocxOptions, string), byte[]> StylesCache = new();
    private static readonly ConcurrentDictionary<string, byte[]> SettingsCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<DocxOptions, byte[]> FontTableCache = new();
    private static readonly ConcurrentDictionary<string, byte[]> FooterCache = new(StringComparer.Ordinal);
    private static readonly Lazy<byte[]> EmptyHeaderBytes = new(() => Bytes(HeaderFooterWriter.EmptyHeader()));
    private static readonly Lazy<byte[]> EmptyFooterBytes = new(() => Bytes(HeaderFooterWriter.EmptyFooter()));

    public static byte[] Styles(DocxOptions options, string locale) =>
        StylesCache.GetOrAdd((options, locale), key => Bytes(StylesWriter.Build(key.Item1, key.Item2)));

    public static byte[] Settings(string locale) => SettingsCache.GetOrAdd(locale, l => Bytes(SettingsWriter.Build(l)));

    public static byte[] FontTable(DocxOptions options) => FontTableCache.GetOrAdd(options, o => Bytes(FontTableWriter.Build(o)));

    public static byte[] Footer(DocumentLabels labels) =>
        FooterCache.GetOrAdd(labels.PageFormat, _ => Bytes(HeaderFooterWriter.Footer(labels)));

    public static byte[] EmptyHeader => EmptyHeaderBytes.Value;

    public static byte[] EmptyFooter => EmptyFooterBytes.Value;

    /// <summary>A part's XML as the SDK writes it, with every prefix declared on the root.</summary>
    public static byte[] Bytes(OpenXmlPartRootElement root)
    {
        RootNamespaces.Declare(root);
        using var stream = new MemoryStream();
        root.Save(stream);
        return stream.ToArray();
    }
}
