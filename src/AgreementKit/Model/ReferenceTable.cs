using System.Globalization;
using AgreementKit.Diagnostics;
using AgreementKit.Model.Numbering;
using AgreementKit.Model.Parsing;

namespace AgreementKit.Model;

/// <summary>
/// Every key of the agreement and the number a reference to it prints: a chapter 第七章, a clause 7.1, a
/// supplementary clause 附加条款2, an annex 一, a list item its number in its list. Keys of paragraphs and
/// glossary entries name them but print nothing, so a reference to one is an error.
/// </summary>
internal sealed class ReferenceTable
{
    private readonly Dictionary<string, string> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unnumbered = new(StringComparer.Ordinal);

    private ReferenceTable()
    {
    }

    public static ReferenceTable Build(DraftAgreement draft, ChapterStyle style, NumberingLabels labels, MarkupLines lines, DiagnosticBag diagnostics)
    {
        var table = new ReferenceTable();
        void Duplicate(string key, int line) =>
            diagnostics.Error(DiagnosticCodes.DuplicateKeyInMarkup, $"the key '{key}' names two places; keys must be unique", lines.Origin(line).Template);

        void Register(string? key, string number, int line)
        {
            if (key is null) return;
            if (table._unnumbered.Contains(key) || !table._numbers.TryAdd(key, number)) Duplicate(key, line);
        }

        void RegisterBlocks(List<DraftBlock> blocks)
        {
            var item = 0;
            foreach (var block in blocks)
            {
                if (block.Kind == DraftBlockKind.Item) item++;
                if (block.Key is null) continue;
                if (block.Kind == DraftBlockKind.Item) Register(block.Key, item.ToString(CultureInfo.InvariantCulture), block.Line);
                else if (table._numbers.ContainsKey(block.Key) || !table._unnumbered.Add(block.Key)) Duplicate(block.Key, block.Line);
            }
        }

        int chapter = 0, supplementary = 0, annex = 0;
        RegisterBlocks(draft.Preamble);
        foreach (var section in draft.Sections)
        {
            switch (section.Kind)
            {
                case DraftSectionKind.Chapter:
                    chapter++;
                    Register(section.Key, labels.Chapter(chapter, style), section.Line);
                    for (var i = 0; i < section.Clauses.Count; i++)
                        Register(section.Clauses[i].Key, NumberingLabels.Clause(chapter, i + 1), section.Clauses[i].Line);
                    break;
                case DraftSectionKind.Supplementary:
                    Register(section.Key, section.Title.Plain, section.Line);
                    foreach (var clause in section.Clauses)
                        Register(clause.Key, labels.Supplementary(++supplementary), clause.Line);
                    break;
                case DraftSectionKind.Annex:
                    annex++;
                    Register(section.Key, NumberingLabels.Count(annex), section.Line);
                    break;
            }

            RegisterBlocks(section.Blocks);
            foreach (var clause in section.Clauses) RegisterBlocks(clause.Blocks);
        }

        return table;
    }

    /// <summary>The text with its references replaced by their numbers.</summary>
    public string Resolve(InlineText text) => text.Resolve(key => _numbers.TryGetValue(key, out var n) ? n : null);

    /// <summary>Reports every reference to a key that is not there or has no number.</summary>
    public void Check(DraftAgreement draft, MarkupLines lines, DiagnosticBag diagnostics)
    {
        foreach (var (text, line) in Texts(draft))
        foreach (var reference in text.References)
        {
            if (_numbers.ContainsKey(reference.Key)) continue;
            var where = lines.Locate(line, reference.Column + LeadingSpace(lines.Lines[line - 1]));
            if (_unnumbered.Contains(reference.Key))
            {
                diagnostics.Error(DiagnosticCodes.DanglingReference,
                    $"@ref({reference.Key}) points at a paragraph or glossary entry, which has no number; refer to its clause, annex or list item instead", where);
                continue;
            }

            var known = _numbers.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            diagnostics.Error(DiagnosticCodes.DanglingReference,
                $"@ref({reference.Key}) points at no chapter, clause, annex or list item{(known.Count > 0 ? " (keys: " + string.Join(", ", known.Take(12)) + (known.Count > 12 ? ", …" : "") + ")" : "")}",
                where);
        }
    }

    // Reference columns count from the trimmed line the parser read; the rendered line may be indented.
    private static int LeadingSpace(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] is ' ' or '\t' or '\r') n++;
        return n;
    }

    private static IEnumerable<(InlineText Text, int Line)> Texts(DraftAgreement draft)
    {
        foreach (var b in draft.Preamble) yield return (b.Text, b.Line);
        foreach (var s in draft.Sections)
        {
            yield return (s.Title, s.Line);
            foreach (var b in s.Blocks)
            {
                yield return (b.Text, b.Line);
                if (b.Definition is not null) yield return (b.Definition, b.Line);
            }

            foreach (var c in s.Clauses)
            {
                yield return (c.Title, c.Line);
                foreach (var b in c.Blocks)
                {
                    yield return (b.Text, b.Line);
                    if (b.Definition is not null) yield return (b.Definition, b.Line);
                }
            }
        }
    }
}
