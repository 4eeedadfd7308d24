namespace AgreementKit.Lint;

/// <summary>
/// A stretch of text a template prints as it stands: literal template text (outside <c>{{ }}</c>) or a
/// string literal in code. <see cref="Offset"/> is where its first character is in the source; when
/// <see cref="Exact"/> is false (a string with escapes) characters cannot be placed one by one and are
/// located at <see cref="Offset"/>. <see cref="Branches"/> says which branch of which <c>if</c>/<c>case</c>
/// it sits in, so that two anchors in branches that exclude each other are not duplicates.
/// </summary>
internal sealed record TextPiece(int Offset, string Text, bool IsCode, bool Exact, IReadOnlyList<(object Conditional, int Branch)> Branches)
{
    /// <summary>The source offset of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int OffsetOf(int index) => Exact ? Offset + index : Offset;

    /// <summary>True when some <c>if</c> or <c>case</c> puts the two pieces in different branches.</summary>
    public bool Excludes(TextPiece other) =>
        Branches.Any(mine => other.Branches.Any(theirs => ReferenceEquals(mine.Conditional, theirs.Conditional) && mine.Branch != theirs.Branch));
}
