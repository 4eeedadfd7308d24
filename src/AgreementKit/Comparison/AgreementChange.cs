using AgreementKit.Model;

namespace AgreementKit.Comparison;

/// <summary>
/// A part of the agreement that differs: a clause, a chapter's or annex's own text, the preamble or the
/// cover facts (title, number, parties, signing place and date). Parts are matched by identity (the
/// template's <c>{#key}</c>, else the text), never by number.
/// </summary>
public sealed class AgreementChange
{
    internal AgreementChange(ChangeKind kind, string part, string id, AgreementNode? oldNode, AgreementNode? newNode, string? oldHeading, string? newHeading, IReadOnlyList<TextChange> lines)
    {
        Kind = kind;
        Part = part;
        Id = id;
        Old = oldNode;
        New = newNode;
        OldHeading = oldHeading;
        NewHeading = newHeading;
        Lines = lines;
    }

    /// <summary>Added, removed, changed or moved.</summary>
    public ChangeKind Kind { get; }

    /// <summary>What the part is: <c>clause</c>, <c>chapter</c>, <c>supplementary</c>, <c>annex</c>, <c>preamble</c> or <c>cover</c>.</summary>
    public string Part { get; }

    /// <summary>The part's identity (<see cref="AgreementNode.Id"/> of the new node, or the old one when removed).</summary>
    public string Id { get; }

    /// <summary>The old node (null when added, and for the cover).</summary>
    public AgreementNode? Old { get; }

    /// <summary>The new node (null when removed, and for the cover).</summary>
    public AgreementNode? New { get; }

    /// <summary>The heading as the old agreement printed it (e.g. <c>3.2 客户保留率</c>), if any.</summary>
    public string? OldHeading { get; }

    /// <summary>The heading as the new agreement prints it, if any.</summary>
    public string? NewHeading { get; }

    /// <summary>True for a clause (numbered 1.1 … or 附加条款1 …).</summary>
    public bool IsClause => Part == "clause";

    /// <summary>True when any line differs or moved within the part (a moved part may be otherwise unchanged).</summary>
    public bool TextChanged => Lines.Count > 0;

    /// <summary>The lines that differ, in reading order.</summary>
    public IReadOnlyList<TextChange> Lines { get; }
}
