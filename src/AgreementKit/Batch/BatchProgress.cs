namespace AgreementKit.Batch;

/// <summary>Where a running batch stands, reported after every finished row.</summary>
/// <param name="Total">Rows this run processes (after sharding).</param>
/// <param name="Done">Rows whose documents were written (or, when checking, that passed).</param>
/// <param name="Failed">Rows with an error.</param>
/// <param name="Skipped">Rows a resumed run found complete and kept.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record BatchProgress(int Total, int Done, int Failed, int Skipped, TimeSpan Elapsed)
{
    /// <summary>Rows finished in any way.</summary>
    public int Completed => Done + Failed + Skipped;

    /// <summary>Rows processed per second so far (skipped rows count: they are work the run got through).</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Completed / Elapsed.TotalSeconds : 0;

    /// <summary>The time left at the current rate, or null before the first row.</summary>
    public TimeSpan? Remaining => Completed == 0 || RowsPerSecond <= 0 ? null : TimeSpan.FromSeconds((Total - Completed) / RowsPerSecond);
}
