using AgreementKit.Batch;
using AgreementKit.Web.Forms;

namespace AgreementKit.Web.Batches;

/// <summary>
/// One uploaded batch and everything known about it. Its files live in <see cref="Folder"/>; the page sees
/// it through <see cref="BatchStatus"/>. Fields change under the coordinator's lock or, for progress, as
/// single reference writes from the batch's own thread.
/// </summary>
internal sealed class BatchJob
{
    public required string Id { get; init; }

    public required string Folder { get; init; }

    public string PackId { get; set; } = "";

    public string Locale { get; set; } = "zh-Hans";

    /// <summary>The uploaded file's name, for display only (never a path).</summary>
    public string FileName { get; set; } = "";

    public string DataPath { get; set; } = "";

    public string? DefaultsPath { get; set; }

    /// <summary>The uploaded defaults file's name, for display only.</summary>
    public string? DefaultsName { get; set; }

    public string? Encoding { get; set; }

    public IReadOnlyList<OutputFormat> Formats { get; set; } = [OutputFormat.Docx];

    public bool PdfA { get; set; }

    public string NamePattern { get; set; } = "{contract.number}";

    public IReadOnlyList<string> Headers { get; set; } = [];

    public IReadOnlyList<string> Samples { get; set; } = [];

    public IReadOnlyDictionary<string, ColumnSuggestions.Suggestion> Suggestions { get; set; } = new Dictionary<string, ColumnSuggestions.Suggestion>();

    /// <summary>The column map last used to check or run.</summary>
    public IReadOnlyDictionary<string, string> Mapping { get; set; } = new Dictionary<string, string>();

    /// <summary>Positions in <see cref="Headers"/> of the columns set to 不使用: left out before checking and running.</summary>
    public IReadOnlySet<int> Ignored { get; set; } = new HashSet<int>();

    /// <summary>Positions in <see cref="Headers"/> for which nothing proposed a field: ignored until the user chooses, and flagged.</summary>
    public IReadOnlyList<int> Unmatched { get; set; } = [];

    /// <summary>True for a JSON Lines file, whose "headers" are the first record's keys rather than a header row.</summary>
    public bool KeyedRows => DataPath.EndsWith(".jsonl", StringComparison.Ordinal) || DataPath.EndsWith(".ndjson", StringComparison.Ordinal);

    /// <summary>The ignored columns of a CSV or XLSX file, by header-row position: of two columns with the same header, one may be kept.</summary>
    public IReadOnlySet<int> IgnoredPositions => KeyedRows ? new HashSet<int>() : Ignored;

    /// <summary>The ignored keys of a JSON Lines file, which has no header row to count positions in.</summary>
    public IReadOnlyList<string>? IgnoredKeys => KeyedRows ? Ignored.Order().Select(i => Headers[i]).ToList() : null;

    public BatchState State { get; set; } = BatchState.Uploading;

    public CheckReport? Check { get; set; }

    public BatchProgress? Progress { get; set; }

    public BatchSummary? Summary { get; set; }

    /// <summary>Problems of the last run that stopped the whole batch, as the command line prints them.</summary>
    public IReadOnlyList<string> Problems { get; set; } = [];

    public string? ZipPath { get; set; }

    public string? ErrorsCsvPath { get; set; }

    public DateTimeOffset LastActivity { get; set; }

    public CancellationTokenSource? Cancellation { get; set; }

    public Task? Work { get; set; }

    public bool IsBusy => State is BatchState.Uploading or BatchState.Checking or BatchState.Running;

    public string CheckFolder => Path.Combine(Folder, "check");

    public string OutputFolder => Path.Combine(Folder, "out");

    /// <summary>A message with the server's paths of the uploaded files replaced by the names the user gave them.</summary>
    public string Redact(string message)
    {
        if (DataPath.Length > 0) message = message.Replace(DataPath, FileName, StringComparison.Ordinal);
        if (DefaultsPath is not null) message = message.Replace(DefaultsPath, DefaultsName ?? "defaults.json", StringComparison.Ordinal);
        return message.Replace(Folder, ".", StringComparison.Ordinal);
    }
}
