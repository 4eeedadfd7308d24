using System.Globalization;
using AgreementKit.Batch;

namespace AgreementKit.Cli.Output;

/// <summary>The words both progress displays use for a <see cref="BatchProgress"/>.</summary>
internal static class ProgressText
{
    public static string Describe(BatchProgress p)
    {
        var eta = p.Remaining is { } left ? Duration(left) : "--:--";
        var skipped = p.Skipped > 0 ? $", {p.Skipped} kept" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"rows {p.Completed}/{p.Total} ({Percent(p)}%), {p.RowsPerSecond:F1} rows/s, ETA {eta}, {p.Failed} errors{skipped}");
    }

    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : span.ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    private static int Percent(BatchProgress p) => p.Total == 0 ? 100 : (int)(100L * p.Completed / p.Total);
}
