using System.Text.Json;
using AgreementKit.Batch;
using AgreementKit.Diagnostics;
using AgreementKit.Web.Batches;
using AgreementKit.Web.Forms;
using AgreementKit.Web.Pages;
using AgreementKit.Web.Rendering;
using AgreementKit.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgreementKit.Web.Endpoints;

/// <summary>
/// The batch page's API: upload, check, run, cancel, the state for the page to poll, and the downloads.
/// A batch is named by an id the server made; no request names a file or folder.
/// </summary>
internal static class BatchEndpoints
{
    public static void Map(RouteGroupBuilder group, string prefix, AgreementKitWebOptions options)
    {
        group.MapGet("/api/batch", (HttpContext http, BatchCoordinator batches, AgreementRenderer renderer, TimeProvider clock) =>
            batches.Current is { State: not BatchState.Uploading } job
                ? Reply.Data(new { batch = Status(http, prefix, job, renderer, options, clock) })
                : Reply.Data(new { batch = (object?)null }));

        group.MapPost("/api/batch", async (HttpContext http, BatchCoordinator batches, AgreementRenderer renderer, TimeProvider clock) =>
        {
            if (!http.Request.HasFormContentType) return Reply.Problem("send the upload as multipart/form-data", StatusCodes.Status415UnsupportedMediaType);
            var locale = http.Request.Query["locale"].ToString() is "zh-Hant" ? "zh-Hant" : "zh-Hans";
            var ui = UiText.For(locale);
            BatchJob? job = null;
            try
            {
                BatchUpload upload;
                try
                {
                    upload = await BatchUpload.ReadAsync(http.Request, () => (job ??= batches.Reserve()).Folder, options.MaxUploadBytes, http.RequestAborted);
                }
                catch (BatchBusyException e)
                {
                    return Reply.Problem(ui.Format("otherBatch", e.Running.FileName), StatusCodes.Status409Conflict);
                }

                var pack = renderer.Pack(upload.Field("pack"));
                locale = upload.Field("locale") is "zh-Hant" ? "zh-Hant" : "zh-Hans";
                ui = UiText.For(locale);
                if (pack is null || !pack.Locales.Contains(locale)) return Fail($"there is no pack '{DisplayText.Safe(upload.Field("pack"))}' with locale {locale}", StatusCodes.Status400BadRequest);
                if (upload.DataPath is null || job is null) return Fail("choose a data file (.xlsx, .csv or .jsonl)", StatusCodes.Status400BadRequest);
                var formats = upload.Formats.Distinct().Select(f => OutputFormats.TryParse(f, out var format) && format is OutputFormat.Docx or OutputFormat.Pdf ? format : (OutputFormat?)null).ToList();
                if (formats.Count == 0 || formats.Any(f => f is null)) return Fail("choose DOCX, PDF or both", StatusCodes.Status400BadRequest);
                var encoding = upload.Field("encoding") is { Length: > 0 } e2 ? e2 : null;
                if (encoding is not (null or "gb18030")) return Fail($"the encoding '{DisplayText.Safe(encoding)}' is not supported (utf-8, gb18030)", StatusCodes.Status400BadRequest);

                var map = (IReadOnlyDictionary<string, string>)new Dictionary<string, string>();
                if (upload.Map is { } mapBytes)
                {
                    var (parsed, problem) = BatchInspection.Map(mapBytes, upload.MapName!);
                    if (parsed is null) return Fail(problem!, StatusCodes.Status400BadRequest);
                    map = parsed;
                }

                string? defaultsPath = null;
                if (upload.Defaults is { } defaults)
                {
                    var problems = BatchInspection.Defaults(defaults, upload.DefaultsName!);
                    if (problems.Count > 0) return Fail(ui["batchFailed"], StatusCodes.Status400BadRequest, problems.Select(d => d.ToString()).ToList());
                    defaultsPath = Path.Combine(job.Folder, "defaults.json");
                    await File.WriteAllBytesAsync(defaultsPath, defaults, http.RequestAborted);
                }

                IReadOnlyList<string> headers, samples;
                try
                {
                    (headers, samples) = BatchInspection.Columns(upload.DataPath, encoding);
                }
                catch (AgreementKitException problem)
                {
                    return Fail(ui["batchFailed"], StatusCodes.Status400BadRequest, problem.Diagnostics.Select(d => d.ToString().Replace(upload.DataPath, upload.DataName, StringComparison.Ordinal)).ToList());
                }

                var form = renderer.Form(pack, locale);
                var fields = form.Leaves().ToList();
                job.PackId = pack.Id;
                job.Locale = locale;
                job.FileName = upload.DataName!;
                job.DataPath = upload.DataPath;
                job.DefaultsPath = defaultsPath;
                job.DefaultsName = upload.DefaultsName;
                job.Encoding = encoding;
                job.Formats = formats.Select(f => f!.Value).ToList();
                job.PdfA = upload.Field("pdfa") == "true";
                job.NamePattern = upload.Field("name") is { Length: > 0 } name ? name : "{contract.number}";
                job.Headers = headers;
                job.Samples = samples;
                job.Suggestions = ColumnSuggestions.For(headers, fields, map);
                job.Mapping = job.Suggestions.ToDictionary(s => s.Key, s => s.Value.Path, StringComparer.Ordinal);
                // A column nothing proposes a field for (部门编码, 入职日期 …) starts as 不使用, flagged for the user to see.
                job.Unmatched = Enumerable.Range(0, headers.Count).Where(i => !job.Suggestions.ContainsKey(headers[i])).ToList();
                job.Ignored = job.Unmatched.ToHashSet();
                batches.Ready(job);
                var ready = job;
                job = null;
                return Reply.Data(new { batch = Status(http, prefix, ready, renderer, options, clock) });
            }
            catch (UploadException e)
            {
                return Fail(e.TooLarge ? ui.Format("uploadLimit", options.MaxUploadBytes / (1024 * 1024)) : e.Message,
                    e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
            }
            catch (BadHttpRequestException e)
            {
                return Fail(e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ui.Format("uploadLimit", options.MaxUploadBytes / (1024 * 1024)) : e.Message, e.StatusCode);
            }
            finally
            {
                // An upload that did not become a batch leaves nothing behind.
                if (job is not null) batches.Discard(job);
            }

            IResult Fail(string message, int status, IReadOnlyList<string>? details = null) => Reply.Problem(message, status, details);
        }).WithMetadata(new BodyLimit(options.MaxUploadBytes + 1024 * 1024));

        group.MapPost("/api/batch/{id}/check", (HttpContext http, BatchCoordinator batches, AgreementRenderer renderer, TimeProvider clock, string id) =>
            StartAsync(http, prefix, batches, id, check: true, renderer, clock)).WithMetadata(new BodyLimit(1024 * 1024));

        group.MapPost("/api/batch/{id}/run", (HttpContext http, BatchCoordinator batches, AgreementRenderer renderer, TimeProvider clock, string id) =>
            StartAsync(http, prefix, batches, id, check: false, renderer, clock)).WithMetadata(new BodyLimit(1024 * 1024));

        group.MapPost("/api/batch/{id}/cancel", (BatchCoordinator batches, string id) =>
        {
            if (batches.Find(id) is not { } job) return Results.NotFound();
            batches.Cancel(job);
            return Results.Accepted();
        });

        group.MapGet("/api/batch/{id}/result.zip", (BatchCoordinator batches, string id) =>
        {
            if (batches.Find(id) is not { State: BatchState.Finished, ZipPath: { } zip } job) return Results.NotFound();
            batches.Touch(job);
            return Results.File(zip, "application/zip", $"{job.PackId}-{Path.GetFileNameWithoutExtension(job.FileName)}.zip".Replace(' ', '_'));
        });

        group.MapGet("/api/batch/{id}/errors.csv", (BatchCoordinator batches, string id) =>
        {
            if (batches.Find(id) is not { IsBusy: false, ErrorsCsvPath: { } csv } job || !File.Exists(csv)) return Results.NotFound();
            batches.Touch(job);
            return Results.File(csv, "text/csv; charset=utf-8", "errors.csv");
        });

    }

    private static async Task<IResult> StartAsync(HttpContext http, string prefix, BatchCoordinator batches, string id, bool check, AgreementRenderer renderer, TimeProvider clock)
    {
        if (batches.Find(id) is not { } job) return Results.NotFound();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var ignored = new HashSet<int>();
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException();
            if (body.RootElement.TryGetProperty("mapping", out var map) && map.ValueKind == JsonValueKind.Object)
                foreach (var entry in map.EnumerateObject())
                    if (entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString() is { Length: > 0 } path && job.Headers.Contains(entry.Name))
                        mapping[entry.Name] = path;
            // 不使用 names a column of the upload the server holds, by its place and header; a page showing another upload is refused.
            if (body.RootElement.TryGetProperty("ignored", out var columns) && columns.ValueKind == JsonValueKind.Array)
                foreach (var column in columns.EnumerateArray())
                {
                    if (column.ValueKind != JsonValueKind.Object || !column.TryGetProperty("index", out var index) || !index.TryGetInt32(out var at)
                        || !column.TryGetProperty("header", out var header) || at < 0 || at >= job.Headers.Count || header.GetString() != job.Headers[at])
                        return Reply.Problem(UiText.For(job.Locale)["staleColumns"], StatusCodes.Status409Conflict);
                    ignored.Add(at);
                }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Reply.Problem("the request is not JSON {\"mapping\": {\"header\": \"path\"}, \"ignored\": [{\"index\": 0, \"header\": \"header\"}]}", StatusCodes.Status400BadRequest);
        }

        try
        {
            if (check) batches.StartCheck(job, mapping, ignored);
            else batches.StartRun(job, mapping, ignored);
        }
        catch (BatchBusyException)
        {
            return Reply.Problem(UiText.For(job.Locale).Format("otherBatch", job.FileName), StatusCodes.Status409Conflict);
        }

        var options = http.RequestServices.GetService(typeof(AgreementKitWebOptions)) as AgreementKitWebOptions ?? new AgreementKitWebOptions();
        return Reply.Data(new { batch = Status(http, prefix, job, renderer, options, clock) }, StatusCodes.Status202Accepted);
    }

    private static object Status(HttpContext http, string prefix, BatchJob job, AgreementRenderer renderer, AgreementKitWebOptions options, TimeProvider clock) =>
        BatchStatus.Of(job, Reply.Paths(http, prefix), renderer.Form(renderer.Pack(job.PackId)!, job.Locale), options.BatchRetention, clock.GetUtcNow());
}
