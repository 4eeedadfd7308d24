using AgreementKit.Batch;
using Spectre.Console;

namespace AgreementKit.Cli.Output;

/// <summary>A Spectre.Console progress bar on stderr (stdout stays clean for the summary), redrawn five times a second.</summary>
internal sealed class SpectreBatchProgress : BatchProgressDisplay
{
    public override async Task<BatchSummary> ShowWhile(Func<IProgress<BatchProgress>, Task<BatchSummary>> start)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        Task<BatchSummary>? work = null;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading the rows…", maxValue: 1);
                work = start(this);
                while (true)
                {
                    if (Latest is { } now)
                    {
                        task.MaxValue = Math.Max(1, now.Total);
                        task.Value = now.Completed;
                        task.Description = Spectre.Console.Markup.Escape(ProgressText.Describe(now));
                    }

                    if (work.IsCompleted) break;
                    await Task.WhenAny(work, Task.Delay(200)).ConfigureAwait(false);
                }

                if (work.IsCompletedSuccessfully) task.StopTask();
            }).ConfigureAwait(false);
        return await work!.ConfigureAwait(false);
    }
}
