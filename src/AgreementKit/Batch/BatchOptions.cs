namespace AgreementKit.Batch;

/// <summary>What a batch reads, where it writes and how. Only <see cref="PackId"/>, <see cref="DataFile"/> and <see cref="OutputFolder"/> are required.</summary>
public sealed record BatchOptions
{
    /// <summary>The template pack, e.g. <c>sales-crm-responsibility</c>.</summary>
    public required string PackId { get; init; }

    /// <summary>The rows: <c>.csv</c> (header row of parameter paths or mapped names), <c>.jsonl</c> or <c>.xlsx</c> (first sheet).</summary>
    public required string DataFile { get; init; }

    /// <summary>The folder every document and report goes to; created when missing. Nothing is written anywhere else.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>A parameter file laid under every row (objects merge key by key) for the fields the data file does not have; an empty cell where it has a value is an error.</summary>
    public string? DefaultsFile { get; init; }

    /// <summary>Column header → parameter path, for exports whose headers are names such as 姓名 or 工号.</summary>
    public IReadOnlyDictionary<string, string>? ColumnMap { get; init; }

    /// <summary>The file name of each row without extension: parameter paths in braces, <c>{row}</c> for the row number.</summary>
    public string NamePattern { get; init; } = "{contract.number}";

    /// <summary>
    /// The formats written for each row, by id: <c>docx</c>, <c>pdf</c>, <c>html</c>, <c>md</c>, <c>txt</c> or a
    /// format the engine's host registered (<see cref="AgreementEngineOptions.Writers"/>); <c>OutputFormat.Pdf.Id()</c>
    /// names a built-in. An unknown id stops the batch before any row (AK4003).
    /// </summary>
    public IReadOnlyList<string> Formats { get; init; } = ["docx"];

    /// <summary>The locale, or null for the pack's first.</summary>
    public string? Locale { get; init; }

    /// <summary>How many rows are rendered at once; defaults to the number of processors.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Keep the rows a previous run of the same batch finished (manifest entry, input hash and file hashes all match); redo the rest.</summary>
    public bool Resume { get; init; }

    /// <summary>The part of the rows to process, for splitting a batch across machines.</summary>
    public BatchShard Shard { get; init; } = BatchShard.All;

    /// <summary>Validate every row and write only the error report: no documents, no manifest.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>
    /// Column headers (in a JSON Lines file: top-level keys) to leave out, as if the data file did not have them — an
    /// export's columns no field holds, such as 部门编码. A file with a header row must have each of them, and a
    /// column left out cannot also be in <see cref="ColumnMap"/>.
    /// </summary>
    public IReadOnlyList<string>? IgnoreColumns { get; init; }

    /// <summary>0-based header-row positions of CSV and XLSX columns to leave out (the web app's 不使用, which tells apart two columns with the same header).</summary>
    internal IReadOnlySet<int> IgnoredPositions { get; init; } = new HashSet<int>();

    /// <summary>The encoding of a CSV file: null for UTF-8, or <c>gb18030</c> (also read as <c>gbk</c>) for files Excel saved on Chinese Windows.</summary>
    public string? Encoding { get; init; }
}
