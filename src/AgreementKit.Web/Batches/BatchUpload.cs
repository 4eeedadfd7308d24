using System.Text;
using AgreementKit.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AgreementKit.Web.Batches;

/// <summary>
/// Reads the batch page's upload straight into a batch folder, section by section, counting every byte
/// against the upload limit. Files get fixed names (<c>data.csv</c>, <c>defaults.json</c>); the name the
/// browser sent is kept for display only, and its extension only chooses among the kinds the batch reads.
/// </summary>
internal sealed class BatchUpload
{
    private static readonly string[] DataKinds = [".csv", ".xlsx", ".jsonl", ".ndjson"];
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _formats = [];

    private BatchUpload()
    {
    }

    public string Field(string name) => _fields.TryGetValue(name, out var value) ? value : "";

    public IReadOnlyList<string> Formats => _formats;

    public string? DataName { get; private set; }

    public string? DataPath { get; private set; }

    public string? DefaultsName { get; private set; }

    public byte[]? Defaults { get; private set; }

    public string? MapName { get; private set; }

    public byte[]? Map { get; private set; }

    /// <summary>Reads the whole upload; the data file goes into the folder <paramref name="folder"/> gives when it arrives.</summary>
    public static async Task<BatchUpload> ReadAsync(HttpRequest request, Func<string> folder, long limit, CancellationToken cancellationToken)
    {
        var upload = new BatchUpload();
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new UploadException("the upload has no multipart boundary");
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        var budget = new Budget(limit);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            var fileName = (HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "").Split('/', '\\').Last();
            if (!disposition.IsFileDisposition())
            {
                var value = Encoding.UTF8.GetString(await ReadSmallAsync(section.Body, 4096, budget, cancellationToken));
                if (name == "format") upload._formats.Add(value);
                else upload._fields[name] = value;
                continue;
            }

            // An empty file input sends a part with no name and no bytes.
            if (fileName.Length == 0) continue;
            switch (name)
            {
                case "data":
                    var extension = Path.GetExtension(fileName).ToLowerInvariant();
                    if (!DataKinds.Contains(extension)) throw new UploadException($"'{DisplayText.Safe(fileName)}' is not a .xlsx, .csv or .jsonl file");
                    upload.DataName = DisplayText.Safe(fileName);
                    upload.DataPath = Path.Combine(folder(), "data" + extension);
                    await using (var file = new FileStream(upload.DataPath, FileMode.CreateNew, FileAccess.Write))
                        await CopyAsync(section.Body, file, budget, cancellationToken);
                    break;
                case "defaults":
                    upload.DefaultsName = DisplayText.Safe(fileName);
                    upload.Defaults = await ReadSmallAsync(section.Body, 4 * 1024 * 1024 + 1, budget, cancellationToken);
                    break;
                case "map":
                    upload.MapName = DisplayText.Safe(fileName);
                    upload.Map = await ReadSmallAsync(section.Body, 1024 * 1024, budget, cancellationToken);
                    break;
            }
        }

        return upload;
    }

    private static async Task CopyAsync(Stream from, Stream to, Budget budget, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            budget.Spend(read);
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static async Task<byte[]> ReadSmallAsync(Stream from, int max, Budget budget, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            budget.Spend(read);
            if (buffer.Length + read > max) throw new UploadException($"a form part is larger than {max / 1024} KB");
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The bytes the upload may still use.</summary>
    private sealed class Budget(long limit)
    {
        private long _used;

        public void Spend(int bytes)
        {
            _used += bytes;
            if (_used > limit) throw new UploadException(null, tooLarge: true);
        }
    }
}

/// <summary>An upload the batch page cannot use.</summary>
internal sealed class UploadException(string? message, bool tooLarge = false) : Exception(message ?? "the upload is too large")
{
    public bool TooLarge { get; } = tooLarge;
}
