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
