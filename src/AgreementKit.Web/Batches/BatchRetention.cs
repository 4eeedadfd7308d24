using Microsoft.Extensions.Hosting;

namespace AgreementKit.Web.Batches;

/// <summary>Deletes a batch idle past the retention time, and every batch file when the host stops.</summary>
internal sealed class BatchRetention(BatchCoordinator batches, AgreementKitWebOptions options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromTicks(Math.Clamp(options.BatchRetention.Ticks / 4, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromMinutes(1).Ticks));
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                batches.SweepExpired();
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        batches.Dispose();
    }
}
