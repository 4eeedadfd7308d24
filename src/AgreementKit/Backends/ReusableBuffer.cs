namespace AgreementKit.Backends;

/// <summary>
/// A per-thread memory stream for documents being made, kept between documents. A PDF is a few hundred
/// kilobytes: a new MemoryStream per document grows through arrays on the large object heap (128, 256,
/// 512 KB...), and a batch making thousands of them ran a full (gen 2) collection for almost every PDF.
/// Only the final copy (<see cref="MemoryStream.ToArray"/>) is new per document. A buffer grown past
/// <see cref="KeptCapacity"/> is dropped rather than kept, so memory stays flat.
/// </summary>
internal static class ReusableBuffer
{
    private const int KeptCapacity = 4 * 1024 * 1024;

    // Writing a PDF nests two (the engine's output and Skia's); more nesting just allocates.
    private const int Kept = 2;

    [ThreadStatic]
    private static Stack<MemoryStream>? _free;

    /// <summary>An empty stream; give it back with <see cref="Return"/> when its bytes have been copied out.</summary>
    public static MemoryStream Rent()
    {
        // Taken away while in use, so a nested rent on the same thread gets a stream of its own.
        var stream = _free is { Count: > 0 } free ? free.Pop() : new MemoryStream();
        stream.SetLength(0);
        return stream;
    }

    public static void Return(MemoryStream stream)
    {
        var free = _free ??= new Stack<MemoryStream>(Kept);
        if (stream.Capacity <= KeptCapacity && free.Count < Kept) free.Push(stream);
    }
}
