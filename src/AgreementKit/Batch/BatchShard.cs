using System.Globalization;

namespace AgreementKit.Batch;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a batch: the rows whose 1-based number <c>r</c> has
/// <c>(r - 1) mod Count == Index - 1</c>. Every row belongs to exactly one shard, whatever the data, so
/// the shards of a cluster job together produce exactly the full batch.
/// </summary>
/// <param name="Index">1-based shard number, 1 ≤ Index ≤ Count.</param>
/// <param name="Count">How many shards the batch is split into.</param>
public readonly record struct BatchShard(int Index, int Count)
{
    /// <summary>The whole batch (1 of 1).</summary>
    public static BatchShard All { get; } = new(1, 1);

    /// <summary>True when the row with 1-based number <paramref name="row"/> belongs to this shard.</summary>
    public bool Includes(int row) => (row - 1) % Count == Index - 1;

    /// <summary>Reads <c>K/N</c> (e.g. <c>2/3</c>); false when the text is not two numbers with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string text, out BatchShard shard)
    {
        shard = All;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 1 || index > count)
            return false;
        shard = new BatchShard(index, count);
        return true;
    }

    /// <summary>
    /// The shard a Kubernetes Indexed Job gives this pod: <c>JOB_COMPLETION_INDEX</c> (0-based) of
    /// <c>JOB_COMPLETIONS</c>. Null when the variables are not set; throws <see cref="FormatException"/>
    /// when they are set but do not make a shard.
    /// </summary>
    /// <param name="variable">Reads an environment variable, e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static BatchShard? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var index = variable("JOB_COMPLETION_INDEX");
        var count = variable("JOB_COMPLETIONS");
        if (string.IsNullOrEmpty(index) && string.IsNullOrEmpty(count)) return null;
        if (int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && TryParse($"{(long)i + 1}/{count}", out var shard))
            return shard;
        throw new FormatException($"JOB_COMPLETION_INDEX={index} and JOB_COMPLETIONS={count} do not name a shard (0 ≤ index < completions)");
    }

    /// <summary>Formats as <c>K/N</c>.</summary>
    public override string ToString() => $"{Index}/{Count}";
}
