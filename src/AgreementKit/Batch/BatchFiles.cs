namespace AgreementKit.Batch;

/// <summary>
/// The names of the files a batch writes beside the documents. A shard of a sharded batch gets its own
/// (<c>manifest-2of3.jsonl</c>), so the pods of a cluster job can share one output folder.
/// </summary>
internal static class BatchFiles
{
    public static string Manifest(BatchShard shard) => Name("manifest", shard, "jsonl");

    public static string ErrorsCsv(BatchShard shard) => Name("errors", shard, "csv");

    public static string ErrorsJsonl(BatchShard shard) => Name("errors", shard, "jsonl");

    private static string Name(string stem, BatchShard shard, string extension) =>
        shard.Count == 1 ? $"{stem}.{extension}" : $"{stem}-{shard.Index}of{shard.Count}.{extension}";
}
