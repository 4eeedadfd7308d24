using Microsoft.Extensions.Hosting;

namespace AgreementKit.Cli.Serve;

/// <summary>
/// A host lifetime that leaves Ctrl+C to the command line: the serve command stops the app when its
/// cancellation token fires, instead of the host reacting to the same signal on its own.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
