using AgreementKit.Diagnostics;

namespace AgreementKit.Batch.Output;

/// <summary>
/// One line of <c>manifest.jsonl</c>: a row, the hash of everything its documents are made from, its
/// status and, when done, each output file with its SHA-256 and size. Warnings of a done row are kept so
/// that a resumed run, which skips the row, still reports them.
/// </summary>
internal sealed record ManifestEntry(int Row, string? Name, string Input, string Status, IReadOnlyList<ManifestOutput> Outputs, IReadOnlyList<Diagnostic> Warnings)
{
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Checked = "checked";
}
