using AgreementKit.Model;

namespace AgreementKit.Writers;

/// <summary>
/// The anchor of every heading the contents can point at, the same in every format (DOCX bookmark, PDF
/// named destination, HTML id): <c>_Toc_ch3</c> for the third chapter,
/// <c>_Toc_ch3_2</c> for its second clause, <c>_Toc_sup1</c>, <c>_Toc_sup1_2</c>, <c>_Toc_ax1</c>. Names
/// come from positions, never from text, so they are short (Word allows 40 characters), unique and stable;
/// the <c>_Toc</c> prefix makes Word treat them as hidden contents bookmarks.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly Dictionary<object, string> _names = new(ReferenceEqualityComparer.Instance);

    private HeadingAnchors()
    {
    }

    public static HeadingAnchors For(Agreement agreement)
    {
        var anchors = new HeadingAnchors();
        int chapters = 0, parts = 0, annexes = 0;
        foreach (var section in agreement.Sections)
        {
            switch (section)
            {
                case Chapter chapter:
                    anchors.Name(chapter, $"_Toc_ch{++chapters}", chapter.Clauses);
                    break;
                case SupplementaryPart part:
                    anchors.Name(part, $"_Toc_sup{++parts}", part.Clauses);
                    break;
                case Annex annex:
                    anchors._names.Add(annex, $"_Toc_ax{++annexes}");
                    break;
                case SignatureBlock signatures:
                    anchors._names.Add(signatures, "_Toc_sign");
                    break;
            }
        }

        return anchors;
    }

    public string this[Section section] => _names[section];

    /// <summary>The anchor of a section, or null for one the contents never point at.</summary>
    public string? TryGet(Section section) => _names.GetValueOrDefault(section);

    public string this[Clause clause] => _names[clause];

    private void Name(Section section, string name, IReadOnlyList<Clause> clauses)
    {
        _names.Add(section, name);
        for (var i = 0; i < clauses.Count; i++) _names.Add(clauses[i], $"{name}_{i + 1}");
    }
}
