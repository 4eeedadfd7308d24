using AgreementKit.Batch;

namespace AgreementKit.Tests.Batch;

public sealed class BatchShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("10/10", 10, 10)]
    public void Parses_k_of_n(string text, int index, int count)
    {
        Assert.True(BatchShard.TryParse(text, out var shard));
        Assert.Equal(new BatchShard(index, count), shard);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    [InlineData(" 1/3")]
    [InlineData("1/3/5")]
    public void Refuses_what_is_not_a_shard(string text) => Assert.False(BatchShard.TryParse(text, out _));

    [Fact]
    public void Every_row_is_in_exactly_one_shard()
    {
        for (var count = 1; count <= 7; count++)
        for (var row = 1; row <= 100; row++)
            Assert.Single(Enumerable.Range(1, count), k => new BatchShard(k, count).Includes(row));
    }

    [Fact]
    public void A_kubernetes_indexed_job_chooses_the_shard()
    {
        var env = new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = "0", ["JOB_COMPLETIONS"] = "3" };
        Assert.Equal(new BatchShard(1, 3), BatchShard.FromEnvironment(n => env.GetValueOrDefault(n)));
        env["JOB_COMPLETION_INDEX"] = "2";
        Assert.Equal(new BatchShard(3, 3), BatchShard.FromEnvironment(n => env.GetValueOrDefault(n)));
        Assert.Null(BatchShard.FromEnvironment(_ => null));
        env["JOB_COMPLETION_INDEX"] = "3";
        Assert.Throws<FormatException>(() => BatchShard.FromEnvironment(n => env.GetValueOrDefault(n)));
        env.Remove("JOB_COMPLETIONS");
        Assert.Throws<FormatException>(() => BatchShard.FromEnvironment(n => env.GetValueOrDefault(n)));
    }
}
