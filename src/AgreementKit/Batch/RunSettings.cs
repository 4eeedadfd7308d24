namespace AgreementKit.Batch;

/// <summary>The settings a batch and a renewal share, checked alike before either starts.</summary>
internal static class RunSettings
{
    /// <summary>Throws <see cref="ArgumentException"/> for a setting no run can start with.</summary>
    public static void Check(int maxParallelism, IReadOnlyList<string> formats, BatchShard shard)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelism, 1, "MaxParallelism");
        if (formats.Count == 0) throw new ArgumentException("name at least one format", "options");
        if (shard.Count < 1 || shard.Index < 1 || shard.Index > shard.Count)
            throw new ArgumentException($"the shard {shard} is not K/N with 1 ≤ K ≤ N", "options");
    }
}
