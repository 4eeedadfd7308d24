namespace AgreementKit.Comparison;

/// <summary>
/// One line of a changed part: a heading or a block (paragraph, item, glossary entry) that was added,
/// removed, reworded or moved, with the character-level <see cref="Segments"/> from old to new text.
/// Numbers and labels are not compared: a clause renumbered because an earlier one was added is unchanged.
/// </summary>
/// <param name="Kind">What happened to the line.</param>
/// <param name="OldText">Its old text, or null when added.</param>
/// <param name="NewText">Its new text, or null when removed.</param>
/// <param name="Segments">Old to new, piece by piece (all deleted for a removed line, all inserted for an added one).</param>
public sealed record TextChange(ChangeKind Kind, string? OldText, string? NewText, IReadOnlyList<DiffSegment> Segments);
