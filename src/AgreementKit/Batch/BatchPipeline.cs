using System.Threading.Channels;

namespace AgreementKit.Batch;

/// <summary>
/// Rows stream through a bounded pipeline: one reader, <c>jobs</c> workers, one writer of results in row
/// order. A window of in-flight rows (read but not yet emitted) bounds memory however large the file is
/// and however uneven the rows: the reader waits when the window is full, and a slot frees only when its
/// row has been emitted, so the reordering buffer can never grow past the window either.
/// </summary>
internal static class BatchPipeline
{
    public static Task RunAsync(IEnumerable<RowWork> rows, int jobs, Func<RowWork, CancellationToken, RowOutcome> process,
        Action<RowOutcome> emit, CancellationToken cancellationToken) =>
        RunAsync(rows, jobs, (row, token) => Task.FromResult(process(row, token)), emit, cancellationToken);

    /// <summary>
    /// Like the other overload, for a <paramref name="process"/> that finishes a row's work (the CPU part)
    /// on the worker and may leave the rest (writing its files) to complete later: the worker takes the next
    /// row meanwhile, and the row is emitted, in order, once its task completes.
    /// </summary>
    public static async Task RunAsync(IEnumerable<RowWork> rows, int jobs, Func<RowWork, CancellationToken, Task<RowOutcome>> process,
        Action<RowOutcome> emit, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var window = new SemaphoreSlim(jobs * 4);
        var work = Channel.CreateBounded<RowWork>(new BoundedChannelOptions(jobs * 2) { SingleWriter = true });
        var results = Channel.CreateUnbounded<(int Sequence, Task<RowOutcome> Outcome)>(new UnboundedChannelOptions { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var row in rows)
                {
                    await window.WaitAsync(token).ConfigureAwait(false);
                    await work.Writer.WriteAsync(row, token).ConfigureAwait(false);
                }

                work.Writer.Complete();
            }
            catch (Exception e)
            {
                work.Writer.Complete(e);
                stop.Cancel();
                throw;
            }
        }, token);

        var workers = Enumerable.Range(0, jobs).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var row in work.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    await results.Writer.WriteAsync((row.Sequence, process(row, token)), token).ConfigureAwait(false);
            }
            catch
            {
                stop.Cancel();
                throw;
            }
        }, token)).ToArray();
        _ = Task.WhenAll(workers).ContinueWith(_ => results.Writer.Complete(), TaskScheduler.Default);

        var pending = new Dictionary<int, Task<RowOutcome>>();
        var next = 0;
        try
        {
            await foreach (var (sequence, outcome) in results.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                pending[sequence] = outcome;
                while (pending.Remove(next, out var ready))
                {
                    emit(await ready.ConfigureAwait(false));
                    next++;
                    window.Release();
                }
            }
        }
        catch
        {
            stop.Cancel();
            await Quietly(reader, workers).ConfigureAwait(false);
            throw;
        }

        // Surface the first real failure of the reader or a worker (a cancellation they saw is secondary).
        await Task.WhenAll([reader, .. workers]).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task Quietly(Task reader, Task[] workers)
    {
        try
        {
            await Task.WhenAll([reader, .. workers]).ConfigureAwait(false);
        }
        catch
        {
            // The caller rethrows its own exception; these are consequences of the same stop.
        }
    }
}
