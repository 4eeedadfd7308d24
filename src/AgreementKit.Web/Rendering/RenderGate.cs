namespace AgreementKit.Web.Rendering;

/// <summary>
/// Bounds the renders running at once and the time each may take. A render that ignores its cancellation
/// keeps its slot until it really ends, so a stuck template cannot multiply; the request that asked for it
/// gets its answer at the deadline all the same.
/// </summary>
internal sealed class RenderGate(AgreementKitWebOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.MaxConcurrentRenders));

    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken requestAborted)
    {
        if (!await _slots.WaitAsync(options.RenderQueueTimeout, requestAborted).ConfigureAwait(false))
            throw new RenderRefusedException($"every render slot ({options.MaxConcurrentRenders}) stayed busy for {options.RenderQueueTimeout.TotalSeconds:0} s", busy: true);
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(options.RenderTimeout);
        var task = Task.Run(() => work(deadline.Token), CancellationToken.None);
        _ = task.ContinueWith(finished =>
        {
            _ = finished.Exception; // observed here when the request stopped waiting for it
            _slots.Release();
            deadline.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await task.WaitAsync(options.RenderTimeout + TimeSpan.FromSeconds(1), requestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !requestAborted.IsCancellationRequested))
        {
            throw new RenderRefusedException($"rendering took longer than {options.RenderTimeout.TotalSeconds:0.#} s and was stopped", busy: false);
        }
    }

    public void Dispose() => _slots.Dispose();
}
