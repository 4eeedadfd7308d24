using AgreementKit.Model.Numbering;
using AgreementKit.Model.Parsing;

namespace AgreementKit.Model;

/// <summary>
/// Builds the numbered model from the draft: labels, resolved text, and for every node its key, identity
/// and provenance. Identity rule (docs/template-authoring.md, "Identity"): a node's <c>{#key}</c> where the
/// template gives one; otherwise its parent's identity and its place among the parent's children — a block
/// <c>notices.p2</c> (p paragraph, i item, t glossary entry), a clause <c>duties.3</c>, a chapter
/// <c>chapter-4</c>, an annex <c>annex-2</c>. A keyed parent therefore keeps its children's identities when
/// an earlier clause or chapter is added or left out.
/// </summary>
internal sealed class ModelBuilder(MarkupLines lines, NumberingLabels labels, AgreementMetadata metadata, Func<InlineText, string> resolve)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<Block> Preamble(DraftAgreement draft) => Blocks(draft.Preamble, "preamble");

    public IReadOnlyList<Section> Sections(DraftAgreement draft)
    {
        // Keys first, so a derived identity never takes a key a later node names itself by.
        foreach (var key in Keys(draft)) _ids.Add(key);
        var sections = new List<Section>();
        int chapter = 0, supplementary = 0, annex = 0;
        foreach (var s in draft.Sections)
        {
            var title = resolve(s.Title);
            switch (s.Kind)
            {
                case DraftSectionKind.Chapter:
                    chapter++;
                    var chapterInfo = Info(s.Key, $"chapter-{chapter}", s.Line);
                    var clauses = s.Clauses.Select((c, i) => Clause(c, NumberingLabels.Clause(chapter, i + 1), chapterInfo.Id, i + 1)).ToList();
                    sections.Add(new Chapter(chapterInfo, labels.Chapter(chapter, metadata.ChapterStyle), title, s.PageBreakBefore, Blocks(s.Blocks, chapterInfo.Id), clauses));
                    break;
                case DraftSectionKind.Supplementary:
                    var partInfo = Info(s.Key, "supplementary", s.Line);
                    var supplementaryClauses = s.Clauses.Select((c, i) => Clause(c, labels.Supplementary(++supplementary), partInfo.Id, i + 1)).ToList();
                    sections.Add(new SupplementaryPart(partInfo, title, s.PageBreakBefore, Blocks(s.Blocks, partInfo.Id), supplementaryClauses));
                    break;
                case DraftSectionKind.Annex:
                    annex++;
                    var annexInfo = Info(s.Key, $"annex-{annex}", s.Line);
                    sections.Add(new Annex(annexInfo, NumberingLabels.Annex(annex), title, s.PageBreakBefore, Blocks(s.Blocks, annexInfo.Id)));
                    break;
                case DraftSectionKind.Signatures:
                    sections.Add(new SignatureBlock(Info(s.Key, "signatures", s.Line), title, s.PageBreakBefore,
                        [.. draft.Parties.Select(p => p.Party with { Provenance = lines.Origin(p.Line) })]));
                    break;
            }
        }

        return sections;
    }

    private Clause Clause(DraftClause clause, string label, string sectionId, int index)
    {
        var info = Info(clause.Key, $"{sectionId}.{index}", clause.Line);
        return new Clause(info, label, resolve(clause.Title), Blocks(clause.Blocks, info.Id));
    }

    private List<Block> Blocks(List<DraftBlock> blocks, string parentId)
    {
        var items = 0;
        var result = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var kind = block.Kind switch { DraftBlockKind.Item => 'i', DraftBlockKind.Term => 't', _ => 'p' };
            var info = Info(block.Key, $"{parentId}.{kind}{i + 1}", block.Line);
            result.Add(block.Kind switch
            {
                DraftBlockKind.Item => new Item(info, NumberingLabels.Item(++items), resolve(block.Text)),
                DraftBlockKind.Term => new GlossaryEntry(info, resolve(block.Text), resolve(block.Definition!)),
                _ => new Paragraph(info, resolve(block.Text)),
            });
        }

        return result;
    }

    private NodeInfo Info(string? key, string derived, int line)
    {
        var id = key ?? Unique(derived);
        return new NodeInfo(key, id, lines.Origin(line));
    }

    // A derived identity that a template key already took gets a suffix; keys themselves are unique (checked).
    private string Unique(string derived)
    {
        var id = derived;
        for (var n = 2; !_ids.Add(id); n++) id = $"{derived}~{n}";
        return id;
    }

    private static IEnumerable<string> Keys(DraftAgreement draft)
    {
        foreach (var b in draft.Preamble) if (b.Key is not null) yield return b.Key;
        foreach (var s in draft.Sections)
        {
            if (s.Key is not null) yield return s.Key;
            foreach (var b in s.Blocks) if (b.Key is not null) yield return b.Key;
            foreach (var c in s.Clauses)
            {
                if (c.Key is not null) yield return c.Key;
                foreach (var b in c.Blocks) if (b.Key is not null) yield return b.Key;
            }
        }
    }
}
