using AgreementKit.Batch;

namespace AgreementKit.Renewals;

/// <summary>
/// What a renewal reads, the rules it applies and where it writes. Only <see cref="PackId"/>,
/// <see cref="Source"/> and <see cref="OutputFolder"/> are required: by default the term moves one year
/// on, the sign date one year on, and contract numbers, parameters and file names stay as they were.
/// </summary>
public sealed record RenewalOptions
{
    /// <summary>The pack this year's agreements are rendered with (its current version), e.g. <c>sales-crm-responsibility</c>.</summary>
    public required string PackId { get; init; }

    /// <summary>Last year's agreements: a folder of generated DOCX (or PDF) files, or a batch's <c>manifest.jsonl</c> (its finished rows' documents, in row order).</summary>
    public required string Source { get; init; }

    /// <summary>The folder this year's agreements, their redlines and the reports go to; created when missing.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>The new term's first day; default: last year's moved on by one year.</summary>
    public DateOnly? TermStart { get; init; }

    /// <summary>The new term's last day; default: last year's moved on by one year.</summary>
    public DateOnly? TermEnd { get; init; }

    /// <summary>The new sign date; default: last year's moved on by one year.</summary>
    public DateOnly? SignDate { get; init; }

    /// <summary>
    /// New contract numbers: <c>{year}</c> (the new term's year), <c>{seq}</c> or <c>{seq:0000}</c> (1-based
    /// place of the agreement in the renewal, zero-padded), <c>{old}</c> (last year's number), e.g.
    /// <c>HT-{year}-{seq:0000}</c>. Null keeps last year's numbers.
    /// </summary>
    public string? NumberPattern { get; init; }

    /// <summary>Parameter path → value for every agreement (e.g. <c>targets.retentionRate</c> → <c>88</c>), read by the schema's type like a batch cell.</summary>
    public IReadOnlyDictionary<string, string> Set { get; init; } = new Dictionary<string, string>();

    /// <summary>A CSV, JSONL or XLSX file of changed columns per agreement (new targets, a new department), joined to last year's agreements by <see cref="DataKey"/>.</summary>
    public string? DataFile { get; init; }

    /// <summary>The parameter path that joins a data row to an agreement (e.g. <c>salesperson.employeeId</c>); default: the data file's first column. It is matched, never changed.</summary>
    public string? DataKey { get; init; }

    /// <summary>Column header → parameter path for the data file, as for a batch.</summary>
    public IReadOnlyDictionary<string, string>? ColumnMap { get; init; }

    /// <summary>Columns of the data file left out, as if the file did not have them (headers; in JSON Lines, top-level keys), as for a batch.</summary>
    public IReadOnlyList<string>? IgnoreColumns { get; init; }

    /// <summary>The data file's encoding when not UTF-8 (<c>gb18030</c>).</summary>
    public string? Encoding { get; init; }

    /// <summary>The file name of each new agreement without extension (parameter paths in braces, <c>{row}</c>); its redline is <c>NAME.redline.docx</c>.</summary>
    public string NamePattern { get; init; } = "{contract.number}";

    /// <summary>The formats of the new agreements, by id (as <see cref="Batch.BatchOptions.Formats"/>); the redline is always a DOCX.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["docx"];

    /// <summary>The locale of the new agreements; null keeps each agreement's own.</summary>
    public string? Locale { get; init; }

    /// <summary>The parameter path of the term's first day.</summary>
    public string TermStartPath { get; init; } = "term.start";

    /// <summary>The parameter path of the term's last day.</summary>
    public string TermEndPath { get; init; } = "term.end";

    /// <summary>How many agreements are renewed at once; defaults to the number of processors.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Keep what a previous run of the same renewal finished (checked by hash); redo the rest.</summary>
    public bool Resume { get; init; }

    /// <summary>The part of the agreements to renew, for splitting a renewal across machines.</summary>
    public BatchShard Shard { get; init; } = BatchShard.All;
}
