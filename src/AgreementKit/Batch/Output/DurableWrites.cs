using System.Collections.Concurrent;

namespace AgreementKit.Batch.Output;

/// <summary>
/// Runs the writing of rows' files (each one fsync'd before its rename, which the crash guarantee needs)
/// on threads of its own, so a worker goes on rendering the next row while the disk confirms the last:
/// an fsync blocks for a millisecond or two without using the CPU, as long as a small DOCX takes to make.
/// Dedicated threads rather than the thread pool, whose threads the rendering workers occupy. The row's
/// outcome completes when its files are on disk; the pipeline emits (and the manifest records) nothing
/// before that, and its window of rows in flight bounds what waits here.
/// </summary>
internal sealed class DurableWrites : IDisposable
{
    private readonly BlockingCollection<Action> _queue = [];
    private readonly Thread[] _threads;

    public DurableWrites(int threads)
    {
        _threads = new Thread[Math.Max(1, threads)];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Drain) { IsBackground = true, Name = "AgreementKit batch writer" };
            _threads[i].Start();
        }
    }

    /// <summary>Runs <paramref name="write"/> on a writer thread; its exceptions end up in the task.</summary>
    public Task<T> Run<T>(Func<T> write)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() =>
        {
            try
            {
                done.SetResult(write());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Finishes what is queued, then stops the threads.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads) thread.Join();
        _queue.Dispose();
    }

    private void Drain()
    {
        foreach (var write in _queue.GetConsumingEnumerable()) write();
    }
}
