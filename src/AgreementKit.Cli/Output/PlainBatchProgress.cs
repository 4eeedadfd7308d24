using AgreementKit.Batch;

namespace AgreementKit.Cli.Output;

/// <summary>One plain line every <c>interval</c> while something changed: readable in a log, no control codes.</summary>
internal sealed class PlainBatchProgress(TextWriter error, TimeSpan interval) : BatchProgressDisplay
{
    public override async Task<BatchSummary> ShowWhile(Func<IProgress<BatchProgress>, Task<BatchSummary>> start)
    {
        var work = start(this);
        BatchProgress? shown = null;
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(interval)).ConfigureAwait(false);
            if (work.IsCompleted) break;
            if (Latest is { } now && now != shown)
            {
                error.WriteLine($"batch: {ProgressText.Describe(now)}");
                shown = now;
            }
        }

        return await work.ConfigureAwait(false);
    }
}
