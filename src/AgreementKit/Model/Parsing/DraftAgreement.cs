namespace AgreementKit.Model.Parsing;

/// <summary>The agreement as parsed from markup: structure in order, not yet numbered.</summary>
internal sealed class DraftAgreement
{
    public (InlineText Text, int Line)? Title { get; set; }

    public List<(string Key, InlineText Value, int Line)> Meta { get; } = [];

    public List<(Party Party, int Line)> Parties { get; } = [];

    public List<DraftBlock> Preamble { get; } = [];

    public List<DraftSection> Sections { get; } = [];
}

internal enum DraftSectionKind
{
    Chapter,
    Supplementary,
    Annex,
    Signatures,
}

internal sealed class DraftSection(DraftSectionKind kind, string? key, InlineText title, int line, bool pageBreakBefore)
{
    public DraftSectionKind Kind { get; } = kind;

    public string? Key { get; } = key;

    public InlineText Title { get; } = title;

    public int Line { get; } = line;

    public bool PageBreakBefore { get; } = pageBreakBefore;

    /// <summary>Blocks before the first clause (for annexes: all their content).</summary>
    public List<DraftBlock> Blocks { get; } = [];

    public List<DraftClause> Clauses { get; } = [];
}

internal sealed class DraftClause(string? key, InlineText title, int line)
{
    public string? Key { get; } = key;

    public InlineText Title { get; } = title;

    public int Line { get; } = line;

    public List<DraftBlock> Blocks { get; } = [];
}

internal enum DraftBlockKind
{
    Paragraph,
    Item,
    Term,
}

/// <summary>A paragraph, item or glossary entry; <see cref="Definition"/> only for terms; <see cref="Key"/> from a trailing <c>{#key}</c>.</summary>
internal sealed record DraftBlock(DraftBlockKind Kind, InlineText Text, InlineText? Definition, int Line, string? Key = null);
