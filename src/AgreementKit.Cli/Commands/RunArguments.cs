using AgreementKit.Batch;
using AgreementKit.Cli.Output;
using AgreementKit.Diagnostics;

namespace AgreementKit.Cli.Commands;

/// <summary>What the commands that run like a batch (batch, renew) share: <c>--jobs</c>, <c>--shard</c> and how a run that cannot start is reported.</summary>
internal static class RunArguments
{
    public static int Jobs(int? jobs) => jobs switch
    {
        null => Environment.ProcessorCount,
        < 1 => throw new UsageException($"--jobs: give at least 1, not {jobs}"),
        _ => jobs.Value,
    };

    public static BatchShard Shard(string? text)
    {
        if (text is not null)
            return BatchShard.TryParse(text, out var shard) ? shard : throw new UsageException($"--shard: '{text}' is not K/N with 1 ≤ K ≤ N (e.g. 2/3)");
        try
        {
            return BatchShard.FromEnvironment(Environment.GetEnvironmentVariable) ?? BatchShard.All;
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>
    /// Runs <paramref name="run"/>; a problem that stops the whole run before or between rows — the pack, the
    /// data file, an unwritable output folder — is printed, and the result is null (exit code 1).
    /// </summary>
    public static async Task<T?> Reporting<T>(CliConsole console, Func<Task<T>> run) where T : class
    {
        try
        {
            return await run();
        }
        catch (AgreementKitException e)
        {
            console.Print(e.Diagnostics);
            return null;
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"agreementkit: error AK4102: {e.Message}");
            return null;
        }
    }
}
