using AgreementKit.Batch;

namespace AgreementKit.Cli.Output;

/// <summary>
/// Shows a running batch: a Spectre.Console progress bar on a terminal, a plain line now and then when
/// stderr is a file or pipe (CI logs, <c>kubectl logs</c>), nothing with <c>--quiet</c>. The batch reports
/// after every row from worker threads; the display only keeps the latest report and draws at its own pace.
/// </summary>
internal abstract class BatchProgressDisplay : IProgress<BatchProgress>
{
    private BatchProgress? _latest;

    /// <summary>The most recent report, or null before the first.</summary>
    protected BatchProgress? Latest => Volatile.Read(ref _latest);

    public static BatchProgressDisplay For(CliConsole console, bool quiet)
    {
        if (quiet) return new SilentBatchProgress();
        // Only the real stderr of a terminal can show a bar; tests and pipes get plain lines.
        var terminal = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;
        return terminal ? new SpectreBatchProgress() : new PlainBatchProgress(console.Error, TimeSpan.FromSeconds(5));
    }

    public void Report(BatchProgress value) => Volatile.Write(ref _latest, value);

    /// <summary>Starts the batch with this display as its progress sink and shows it until the batch ends.</summary>
    public abstract Task<BatchSummary> ShowWhile(Func<IProgress<BatchProgress>, Task<BatchSummary>> start);
}
