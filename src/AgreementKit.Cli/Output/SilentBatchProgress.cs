using AgreementKit.Batch;

namespace AgreementKit.Cli.Output;

/// <summary><c>--quiet</c>: the batch runs without showing anything.</summary>
internal sealed class SilentBatchProgress : BatchProgressDisplay
{
    public override Task<BatchSummary> ShowWhile(Func<IProgress<BatchProgress>, Task<BatchSummary>> start) => start(this);
}
