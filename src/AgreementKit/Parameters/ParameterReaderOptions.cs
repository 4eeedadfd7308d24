using System.Text;

namespace AgreementKit.Parameters;

/// <summary>
/// Limits checked before any parsing work (promise R7) and the input encoding. The defaults suit a
/// hand-written parameter file; batches pass the same options for every row.
/// </summary>
internal sealed record ParameterReaderOptions
{
    /// <summary>Largest accepted input in bytes; larger input is refused unread (AK1004).</summary>
    public long MaxBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest accepted nesting of objects and lists; the top-level object is level 1 (AK1005).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Longest accepted key or text value, in characters (AK1004).</summary>
    public int MaxStringLength { get; init; } = 10_000;

    /// <summary>
    /// The input encoding: null means UTF-8 (with or without BOM), the only default. Use
    /// <see cref="InputEncoding.FromName"/> for an explicit <c>--encoding gb18030</c>.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The options everyone gets unless they ask otherwise.</summary>
    public static ParameterReaderOptions Default { get; } = new();
}
