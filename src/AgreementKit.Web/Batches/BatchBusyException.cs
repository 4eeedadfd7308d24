namespace AgreementKit.Web.Batches;

/// <summary>Another batch is being uploaded, checked or run: the server runs one at a time.</summary>
internal sealed class BatchBusyException(BatchJob running) : Exception($"a batch ({running.FileName}) is already running")
{
    public BatchJob Running { get; } = running;
}
