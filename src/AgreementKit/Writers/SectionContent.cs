using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// What a section holds below its heading, whatever its kind: blocks before any clause, then clauses.
/// Chapters and the supplementary part have both; annexes only blocks; the signature block neither.
/// </summary>
internal static class SectionContent
{
    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<Clause> Clauses) Of(Section section) => section switch
    {
        Chapter chapter => (chapter.Introduction, chapter.Clauses),
        SupplementaryPart part => (part.Introduction, part.Clauses),
        Annex annex => (annex.Content, []),
        _ => ([], []),
    };
}
