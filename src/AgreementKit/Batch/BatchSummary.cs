namespace AgreementKit.Batch;

/// <summary>The outcome of a batch run. Per-row problems are in the error report files, not here.</summary>
public sealed record BatchSummary
{
    /// <summary>Rows this run processed (after sharding).</summary>
    public required int Total { get; init; }

    /// <summary>Rows whose documents were written (or, when checking, that passed).</summary>
    public required int Done { get; init; }

    /// <summary>Rows with an error, each listed in the error report.</summary>
    public required int Failed { get; init; }

    /// <summary>Rows a resumed run kept from the previous run.</summary>
    public required int Skipped { get; init; }

    /// <summary>Warnings in the error report (renamed files, collisions), which do not fail a row.</summary>
    public required int Warnings { get; init; }

    /// <summary>Document files written by this run.</summary>
    public required int Documents { get; init; }

    /// <summary>How long the run took.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The full path of <c>errors.csv</c>.</summary>
    public required string ErrorReport { get; init; }

    /// <summary>The full path of <c>manifest.jsonl</c>, or null for a check-only run.</summary>
    public string? Manifest { get; init; }

    /// <summary>True when no row failed.</summary>
    public bool Succeeded => Failed == 0;

    /// <summary>Documents written per second.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Documents / Elapsed.TotalSeconds : 0;
}
