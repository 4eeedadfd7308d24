using System.Security.Cryptography;
using AgreementKit.Batch;
using AgreementKit.Diagnostics;
using AgreementKit.Web.Rendering;

namespace AgreementKit.Web.Batches;

/// <summary>
/// Runs one batch at a time per server: an upload replaces an idle batch and is refused while another is
/// uploading, checking or running. Checks and runs go on in the background, so a page reload finds them
/// again; a batch idle longer than the retention time, a cancelled one, and every batch when the app
/// stops, is deleted with its files.
/// </summary>
internal sealed class BatchCoordinator : IDisposable
{
    private readonly AgreementRenderer _renderer;
    private readonly BatchWorkspace _workspace;
    private readonly AgreementKitWebOptions _options;
    private readonly TimeProvider _clock;
    private readonly object _lock = new();
    private BatchJob? _current;
    private bool _stopped;

    public BatchCoordinator(AgreementRenderer renderer, BatchWorkspace workspace, AgreementKitWebOptions options, TimeProvider clock)
    {
        _renderer = renderer;
        _workspace = workspace;
        _options = options;
        _clock = clock;
    }

    public BatchJob? Current
    {
        get
        {
            lock (_lock) return _current;
        }
    }

    public BatchJob? Find(string id)
    {
        lock (_lock) return _current is { } job && job.Id == id ? job : null;
    }

    /// <summary>A new batch in state <see cref="BatchState.Uploading"/>, replacing an idle one. Throws <see cref="BatchBusyException"/> while another is busy.</summary>
    public BatchJob Reserve()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            if (_current is { IsBusy: true } busy) throw new BatchBusyException(busy);
            if (_current is { } idle) Remove(idle);
            _current = new BatchJob
            {
                Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
                Folder = _workspace.NewFolder(),
                LastActivity = _clock.GetUtcNow(),
            };
            return _current;
        }
    }

    /// <summary>The upload is complete and its columns known.</summary>
    public void Ready(BatchJob job)
    {
        lock (_lock)
        {
            job.State = BatchState.Ready;
            job.LastActivity = _clock.GetUtcNow();
        }
    }

    /// <summary>Removes a batch and its files (a failed upload, a cancelled run, a new start).</summary>
    public void Discard(BatchJob job)
    {
        lock (_lock)
        {
            if (_current == job) _current = null;
            Remove(job);
        }
    }

    public void StartCheck(BatchJob job, IReadOnlyDictionary<string, string> mapping, IReadOnlySet<int> ignored) => Start(job, mapping, ignored, check: true);

    public void StartRun(BatchJob job, IReadOnlyDictionary<string, string> mapping, IReadOnlySet<int> ignored) => Start(job, mapping, ignored, check: false);

    /// <summary>Stops a check or run; its files are deleted when it has stopped.</summary>
    public void Cancel(BatchJob job)
    {
        lock (_lock)
        {
            if (job.IsBusy && job.Cancellation is { } cancellation) cancellation.Cancel();
            else if (_current == job) Discard(job);
        }
    }

    /// <summary>Marks a download, which keeps the batch for another retention period.</summary>
    public void Touch(BatchJob job)
    {
        lock (_lock) job.LastActivity = _clock.GetUtcNow();
    }

    /// <summary>Deletes the batch when it has been idle longer than the retention time.</summary>
    public void SweepExpired()
    {
        lock (_lock)
        {
            if (_current is { IsBusy: false } job && _clock.GetUtcNow() - job.LastActivity > _options.BatchRetention)
                Discard(job);
        }
    }

    /// <summary>Cancels a running batch, waits briefly for it, and removes the whole temporary folder.</summary>
    public void Dispose()
    {
        BatchJob? job;
        lock (_lock)
        {
            _stopped = true;
            job = _current;
            job?.Cancellation?.Cancel();
        }

        try
        {
            job?.Work?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Its outcome no longer matters: everything is deleted below.
        }

        lock (_lock)
        {
            if (_current is { } last) Remove(last);
            _current = null;
        }

        _workspace.Dispose();
    }

    private void Start(BatchJob job, IReadOnlyDictionary<string, string> mapping, IReadOnlySet<int> ignored, bool check)
    {
        lock (_lock)
        {
            if (job.IsBusy) throw new BatchBusyException(job);
            job.State = check ? BatchState.Checking : BatchState.Running;
            job.Mapping = mapping;
            job.Ignored = ignored;
            job.Problems = [];
            job.Progress = null;
            if (!check)
            {
                job.Summary = null;
                job.ZipPath = null;
            }

            job.LastActivity = _clock.GetUtcNow();
            job.Cancellation = new CancellationTokenSource();
            var token = job.Cancellation.Token;
            job.Work = Task.Run(() => ExecuteAsync(job, check, token), CancellationToken.None);
        }
    }

    private async Task ExecuteAsync(BatchJob job, bool check, CancellationToken token)
    {
        var folder = check ? job.CheckFolder : job.OutputFolder;
        try
        {
            // Each pass starts from an empty folder, so the ZIP holds exactly this run.
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var options = new BatchOptions
            {
                PackId = job.PackId,
                DataFile = job.DataPath,
                OutputFolder = folder,
                DefaultsFile = job.DefaultsPath,
                ColumnMap = job.Mapping,
                // The columns set to 不使用 are dropped as if the file did not have them; the rest is what the CLI does.
                IgnoredPositions = job.IgnoredPositions,
                IgnoreColumns = job.IgnoredKeys,
                NamePattern = job.NamePattern,
                Formats = [.. job.Formats.Select(f => f.Id())],
                Locale = job.Locale,
                MaxParallelism = Math.Max(1, _options.BatchParallelism),
                CheckOnly = check,
                Encoding = job.Encoding,
            };
            var summary = await new BatchRunner(_renderer.EngineFor(job.PdfA && !check)).RunAsync(options, new LatestProgress(job), token).ConfigureAwait(false);
            var (shown, more) = ErrorsFile.Read(Path.ChangeExtension(summary.ErrorReport, ".jsonl"));
            var zip = check ? null : ResultArchive.Write(folder, Path.Combine(job.Folder, "result.zip"));
            lock (_lock)
            {
                job.Check = new CheckReport(summary.Total, summary.Done + summary.Skipped, summary.Failed, summary.Warnings, shown, more);
                job.ErrorsCsvPath = summary.ErrorReport;
                if (!check)
                {
                    job.Summary = summary;
                    job.ZipPath = zip;
                }

                job.State = check ? BatchState.Checked : BatchState.Finished;
                job.LastActivity = _clock.GetUtcNow();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Discard(job);
        }
        catch (Exception e) when (e is AgreementKitException or IOException or UnauthorizedAccessException)
        {
            lock (_lock)
            {
                job.Problems = e is AgreementKitException problems ? problems.Diagnostics.Select(d => job.Redact(d.ToString())).ToList() : [job.Redact($"error AK4102: {e.Message}")];
                job.State = BatchState.Failed;
                job.LastActivity = _clock.GetUtcNow();
            }
        }
    }

    private void Remove(BatchJob job)
    {
        job.Cancellation?.Cancel();
        if (job.IsBusy && job.Work is { IsCompleted: false } work)
        {
            // A cancelled run still holds files open; its own catch discards it once it has stopped.
            _ = work.ContinueWith(_ => _workspace.Delete(job.Folder), TaskScheduler.Default);
            return;
        }

        _workspace.Delete(job.Folder);
    }
}
