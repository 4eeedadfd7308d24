using AgreementKit.Batch;

namespace AgreementKit.Web.Batches;

/// <summary>Keeps only the newest progress report: the page polls it, nothing waits on it.</summary>
internal sealed class LatestProgress(BatchJob job) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value) => job.Progress = value;
}
