using AgreementKit.Web.Forms;
using AgreementKit.Web.Pages;

namespace AgreementKit.Web.Batches;

/// <summary>What the batch page is told about the current batch; enough to rebuild every step after a reload.</summary>
internal static class BatchStatus
{
    public static object Of(BatchJob job, AppPaths paths, FormField form, TimeSpan retention, DateTimeOffset now)
    {
        var progress = job.Progress;
        var summary = job.Summary;
        var check = job.Check;
        return new
        {
            id = job.Id,
            state = job.State.ToString().ToLowerInvariant(),
            pack = job.PackId,
            locale = job.Locale,
            fileName = job.FileName,
            formats = job.Formats.Select(f => f.Id()).ToList(),
            pdfA = job.PdfA,
            headers = job.Headers,
            samples = job.Samples,
            mapping = job.Mapping,
            ignored = job.Ignored.Order().ToList(),
            unmatched = job.Unmatched,
            suggestions = job.Suggestions.ToDictionary(s => s.Key, s => new { path = s.Value.Path, source = s.Value.Source }),
            fields = form.Leaves().Select(f => new { path = f.Path, label = f.Label }).ToList(),
            problems = job.Problems,
            check = check is null ? null : new
            {
                total = check.Total, passed = check.Passed, failed = check.Failed, warnings = check.Warnings,
                problems = check.Problems, more = check.MoreProblems,
                errorsCsv = job.ErrorsCsvPath is null ? null : paths.Api($"batch/{job.Id}/errors.csv"),
            },
            progress = progress is null ? null : new
            {
                total = progress.Total, done = progress.Done, failed = progress.Failed, completed = progress.Completed,
                rowsPerSecond = Math.Round(progress.RowsPerSecond, 1), elapsedSeconds = Math.Round(progress.Elapsed.TotalSeconds, 1),
            },
            result = summary is null || job.ZipPath is null ? null : new
            {
                documents = summary.Documents, done = summary.Done, failed = summary.Failed, elapsedSeconds = Math.Round(summary.Elapsed.TotalSeconds, 1),
                docsPerSecond = Math.Round(summary.DocumentsPerSecond, 1), zip = paths.Api($"batch/{job.Id}/result.zip"),
            },
            expiresInMinutes = job.IsBusy ? (double?)null : Math.Max(0, Math.Round((job.LastActivity + retention - now).TotalMinutes, 1)),
        };
    }
}
