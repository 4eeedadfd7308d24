using System.Globalization;
using AgreementKit.Diagnostics;
using AgreementKit.Model.Parsing;
using AgreementKit.Model.Numbering;

namespace AgreementKit.Model;

/// <summary>
/// Turns rendered markup into a numbered <see cref="Agreement"/>: parse, number (after conditions have
/// removed what they removed, so there are no gaps), then resolve cross references to final numbers.
/// </summary>
internal static class AgreementAssembler
{
    public static (Agreement? Agreement, IReadOnlyList<Diagnostic> Diagnostics) Assemble(string markup, string source, string locale)
    {
        var diagnostics = new DiagnosticBag();
        var draft = MarkupParser.Parse(markup, source, diagnostics);
        var metadata = ReadMetadata(draft, source, diagnostics);
        var labels = NumberingLabels.For(locale);
        var (numbers, unnumbered) = Number(draft, metadata.ChapterStyle, labels, source, diagnostics);
        CheckReferences(draft, numbers, unnumbered, source, diagnostics);
        CheckEmpty(draft, source, diagnostics);
        if (draft.Title is null)
            diagnostics.Error(DiagnosticCodes.NoTitle, "the template has no '@title' line", new SourceLocation { File = source });
        if (diagnostics.HasErrors) return (null, diagnostics.Items);

        string Resolve(InlineText text) => text.Resolve(key => numbers.TryGetValue(key, out var n) ? n : null);
        var sections = Build(draft, metadata, labels, Resolve);
        var agreement = new Agreement(Resolve(draft.Title!.Value.Text), locale, metadata,
            draft.Parties.Select(p => p.Party).ToList(), sections, draft.Preamble.Select(b => BuildBlock(b, 0, Resolve)).ToList());
        return (agreement, diagnostics.Items);
    }

    private static AgreementMetadata ReadMetadata(DraftAgreement draft, string source, DiagnosticBag diagnostics)
    {
        var metadata = new AgreementMetadata();
        foreach (var (key, value, line) in draft.Meta)
        {
            var text = value.Plain;
            var where = new SourceLocation { File = source, Line = line, Column = 1 };
            switch (key)
            {
                case "number": metadata = metadata with { ContractNumber = text }; break;
                case "signPlace": metadata = metadata with { SignPlace = text }; break;
                case "subject": metadata = metadata with { Subject = text }; break;
                case "keywords": metadata = metadata with { Keywords = text }; break;
                case "signDate":
                    if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        metadata = metadata with { SignDate = date };
                    else
                        diagnostics.Error(DiagnosticCodes.BadMeta, $"@meta signDate needs an ISO date (YYYY-MM-DD), got '{text}'", where);
                    break;
                case "chapterStyle":
                    if (text is "chapter" or "article")
                        metadata = metadata with { ChapterStyle = text == "article" ? ChapterStyle.Article : ChapterStyle.Chapter };
                    else
                        diagnostics.Error(DiagnosticCodes.BadMeta, $"@meta chapterStyle is 'chapter' or 'article', got '{text}'", where);
                    break;
                case "calendar":
                    if (text is "gregorian" or "roc")
                        metadata = metadata with { Calendar = text == "roc" ? CalendarStyle.RepublicOfChina : CalendarStyle.Gregorian };
                    else
                        diagnostics.Error(DiagnosticCodes.BadMeta, $"@meta calendar is 'gregorian' or 'roc', got '{text}'", where);
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.BadMeta, $"unknown @meta key '{key}' (known: number, signPlace, signDate, subject, keywords, chapterStyle, calendar)", where);
                    break;
            }
        }

        // The first year of the Republic of China calendar is 1912; an earlier signing date cannot be written in it.
        if (metadata is { Calendar: CalendarStyle.RepublicOfChina, SignDate: { Year: < 1912 } early })
            diagnostics.Error(DiagnosticCodes.BadMeta, $"@meta calendar roc cannot write the signing date {early.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: the Republic of China calendar starts in 1912",
                new SourceLocation { File = source, Line = draft.Meta.First(m => m.Key == "signDate").Line, Column = 1 });
        return metadata;
    }

    /// <summary>Computes every label and returns the reference table: key → the number a reference prints.</summary>
    private static (Dictionary<string, string> Numbers, HashSet<string> Unnumbered) Number(DraftAgreement draft, ChapterStyle style, NumberingLabels labels, string source, DiagnosticBag diagnostics)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var unnumbered = new HashSet<string>(StringComparer.Ordinal);
        void Register(string? key, string number, int line)
        {
            if (key is null) return;
            if (unnumbered.Contains(key) || !numbers.TryAdd(key, number))
                diagnostics.Error(DiagnosticCodes.DuplicateKeyInMarkup, $"the key '{key}' names two places; keys must be unique", new SourceLocation { File = source, Line = line, Column = 1 });
        }

        // Items are numbered within their list, so a reference to one gives its number (2 for （2）); other
        // blocks may carry a key for their identity but have no number to print.
        void RegisterBlocks(List<DraftBlock> blocks)
        {
            var item = 0;
            foreach (var block in blocks)
            {
                if (block.Kind == DraftBlockKind.Item) item++;
                if (block.Key is null) continue;
                if (block.Kind == DraftBlockKind.Item) Register(block.Key, item.ToString(CultureInfo.InvariantCulture), block.Line);
                else if (numbers.ContainsKey(block.Key) || !unnumbered.Add(block.Key))
                    diagnostics.Error(DiagnosticCodes.DuplicateKeyInMarkup, $"the key '{block.Key}' names two places; keys must be unique", new SourceLocation { File = source, Line = block.Line, Column = 1 });
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

        return (numbers, unnumbered);
    }

    private static void CheckReferences(DraftAgreement draft, Dictionary<string, string> numbers, HashSet<string> unnumbered, string source, DiagnosticBag diagnostics)
    {
        IEnumerable<(InlineText Text, int Line)> Texts()
        {
            foreach (var b in draft.Preamble) yield return (b.Text, b.Line);
            foreach (var s in draft.Sections)
            {
                yield return (s.Title, s.Line);
                foreach (var b in s.Blocks) { yield return (b.Text, b.Line); if (b.Definition is not null) yield return (b.Definition, b.Line); }
                foreach (var c in s.Clauses)
                {
                    yield return (c.Title, c.Line);
                    foreach (var b in c.Blocks) yield return (b.Text, b.Line);
                }
            }
        }

        foreach (var (text, line) in Texts())
        foreach (var reference in text.References)
        {
            if (numbers.ContainsKey(reference.Key)) continue;
            if (unnumbered.Contains(reference.Key))
            {
                diagnostics.Error(DiagnosticCodes.DanglingReference,
                    $"@ref({reference.Key}) points at a paragraph or glossary entry, which has no number; refer to its clause, annex or list item instead",
                    new SourceLocation { File = source, Line = line, Column = reference.Column });
                continue;
            }

            var known = numbers.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            diagnostics.Error(DiagnosticCodes.DanglingReference,
                $"@ref({reference.Key}) points at no chapter, clause, annex or list item{(known.Count > 0 ? " (keys: " + string.Join(", ", known.Take(12)) + (known.Count > 12 ? ", …" : "") + ")" : "")}",
                new SourceLocation { File = source, Line = line, Column = reference.Column });
        }
    }

    private static void CheckEmpty(DraftAgreement draft, string source, DiagnosticBag diagnostics)
    {
        void Empty(string what, int line) =>
            diagnostics.Error(DiagnosticCodes.EmptySection, $"{what} has no text under it", new SourceLocation { File = source, Line = line, Column = 1 });

        foreach (var section in draft.Sections)
        {
            var name = section.Title.Plain;
            switch (section.Kind)
            {
                case DraftSectionKind.Chapter when section.Blocks.Count == 0 && section.Clauses.Count == 0:
                    Empty($"chapter '{name}'", section.Line);
                    break;
                case DraftSectionKind.Supplementary when section.Clauses.Count == 0 && section.Blocks.Count == 0:
                    Empty("the supplementary part", section.Line);
                    break;
                case DraftSectionKind.Annex when section.Blocks.Count == 0:
                    Empty($"annex '{name}'", section.Line);
                    break;
            }

            foreach (var clause in section.Clauses.Where(c => c.Blocks.Count == 0))
                Empty($"clause '{clause.Title.Plain}'", clause.Line);
        }
    }

    private static List<Section> Build(DraftAgreement draft, AgreementMetadata metadata, NumberingLabels labels, Func<InlineText, string> resolve)
    {
        var sections = new List<Section>();
        int chapter = 0, supplementary = 0, annex = 0;
        foreach (var s in draft.Sections)
        {
            var title = resolve(s.Title);
            switch (s.Kind)
            {
                case DraftSectionKind.Chapter:
                    chapter++;
                    var clauses = s.Clauses.Select((c, i) => BuildClause(c, NumberingLabels.Clause(chapter, i + 1), resolve)).ToList();
                    sections.Add(new Chapter(s.Key, labels.Chapter(chapter, metadata.ChapterStyle), title, s.PageBreakBefore, BuildBlocks(s.Blocks, resolve), clauses));
                    break;
                case DraftSectionKind.Supplementary:
                    var supplementaryClauses = s.Clauses.Select(c => BuildClause(c, labels.Supplementary(++supplementary), resolve)).ToList();
                    sections.Add(new SupplementaryPart(s.Key, title, s.PageBreakBefore, BuildBlocks(s.Blocks, resolve), supplementaryClauses));
                    break;
                case DraftSectionKind.Annex:
                    sections.Add(new Annex(s.Key, NumberingLabels.Annex(++annex), title, s.PageBreakBefore, BuildBlocks(s.Blocks, resolve)));
                    break;
                case DraftSectionKind.Signatures:
                    sections.Add(new SignatureBlock(title, s.PageBreakBefore, draft.Parties.Select(p => p.Party).ToList(), metadata.SignPlace, metadata.SignDate));
                    break;
            }
        }

        return sections;
    }

    private static Clause BuildClause(DraftClause clause, string label, Func<InlineText, string> resolve) =>
        new(clause.Key, label, resolve(clause.Title), BuildBlocks(clause.Blocks, resolve));

    private static List<Block> BuildBlocks(List<DraftBlock> blocks, Func<InlineText, string> resolve)
    {
        var items = 0;
        return blocks.Select(b => BuildBlock(b, b.Kind == DraftBlockKind.Item ? ++items : 0, resolve)).ToList();
    }

    private static Block BuildBlock(DraftBlock block, int itemNumber, Func<InlineText, string> resolve) => block.Kind switch
    {
        DraftBlockKind.Item => new Item(NumberingLabels.Item(itemNumber), resolve(block.Text)),
        DraftBlockKind.Term => new GlossaryEntry(resolve(block.Text), resolve(block.Definition!)),
        _ => new Paragraph(resolve(block.Text)),
    };
}
