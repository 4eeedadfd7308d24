using AgreementKit.Markup;
using AgreementKit.Diagnostics;

namespace AgreementKit.Model.Parsing;

/// <summary>
/// Parses the agreement markup that templates render (docs/template-authoring.md) into a
/// <see cref="DraftAgreement"/>, one construct per line, collecting every structural error.
/// </summary>
internal sealed class MarkupParser
{
    private readonly MarkupLines _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly DraftAgreement _draft = new();
    private DraftSection? _section;
    private DraftClause? _clause;
    private bool _pageBreakPending;

    private MarkupParser(MarkupLines lines, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
    }

    public static DraftAgreement Parse(MarkupLines lines, DiagnosticBag diagnostics)
    {
        var parser = new MarkupParser(lines, diagnostics);
        for (var i = 0; i < lines.Lines.Count; i++)
            parser.ParseLine(MarkupLineReader.TrimTemplateSpace(lines.Lines[i]), i + 1);
        return parser._draft;
    }

    private void ParseLine(string line, int number)
    {
        if (line.Length == 0 || line.Replace(LiteralMarks.Start.ToString(), "").Replace(LiteralMarks.End.ToString(), "").Trim().Length == 0) return;
        if (!MarkupLineReader.StartsWithTemplateText(line))
        {
            AddBlock(DraftBlockKind.Paragraph, line, 1, number);
            return;
        }

        if (line[0] == '%') return;
        if (line.StartsWith("@ref(", StringComparison.Ordinal))
        {
            AddBlock(DraftBlockKind.Paragraph, line, 1, number);
            return;
        }

        if (line[0] == '@') { ParseDirective(line, number); return; }
        if (line.StartsWith("### ", StringComparison.Ordinal) || line == "###") { StartClause(line[3..], number); return; }
        if (line.StartsWith("## ", StringComparison.Ordinal)) { StartSection(DraftSectionKind.Chapter, line[3..], 4, number); return; }
        if (line.StartsWith('#') && line.TrimStart('#').StartsWith(' '))
        {
            Error(DiagnosticCodes.UnknownDirective, "only '## ' (chapter) and '### ' (clause) headings exist; use '@title' for the agreement title", number);
            return;
        }

        if (line.StartsWith("- ", StringComparison.Ordinal)) { AddBlock(DraftBlockKind.Item, line[2..], 3, number); return; }
        AddBlock(DraftBlockKind.Paragraph, line, 1, number);
    }

    private void ParseDirective(string line, int number)
    {
        var space = line.IndexOf(' ');
        var name = space < 0 ? line[1..] : line[1..space];
        var rest = space < 0 ? string.Empty : MarkupLineReader.TrimTemplateSpace(line[(space + 1)..]);
        var column = space < 0 ? line.Length + 1 : space + 2;
        switch (name)
        {
            case "title":
                if (_draft.Title is not null) Error(DiagnosticCodes.BadMeta, "the agreement has a second @title", number);
                _draft.Title = (Inline(rest, column), number);
                break;
            case "meta":
                var metaSpace = rest.IndexOf(' ');
                if (metaSpace <= 0) { Error(DiagnosticCodes.BadMeta, "@meta needs a key and a value, e.g. '@meta number HT-1'", number); break; }
                _draft.Meta.Add((rest[..metaSpace], Inline(MarkupLineReader.TrimTemplateSpace(rest[(metaSpace + 1)..]), column + metaSpace + 1), number));
                break;
            case "party":
                ParseParty(rest, column, number);
                break;
            case "supplementary":
                StartSection(DraftSectionKind.Supplementary, rest, column, number);
                break;
            case "annex":
                StartSection(DraftSectionKind.Annex, rest, column, number);
                break;
            case "signatures":
                StartSection(DraftSectionKind.Signatures, rest, column, number);
                break;
            case "term":
                var parts = MarkupLineReader.Split(rest, '|');
                if (parts.Count != 2)
                {
                    Error(DiagnosticCodes.BadMeta, "@term needs a term and a definition separated by '|'", number);
                    break;
                }

                var (definition, termKey) = MarkupLineReader.TakeAnchor(parts[1]);
                AddTerm(Inline(MarkupLineReader.TrimTemplateSpace(parts[0]), column), Inline(definition, column + parts[0].Length + 1), number, termKey);
                break;
            case "pagebreak":
                _pageBreakPending = true;
                break;
            default:
                Error(DiagnosticCodes.UnknownDirective, $"unknown directive '@{name}' (known: @title, @meta, @party, @supplementary, @annex, @term, @signatures, @pagebreak)", number);
                break;
        }
    }

    private void ParseParty(string rest, int column, int number)
    {
        var parts = MarkupLineReader.Split(rest, '|').Select(p => Inline(MarkupLineReader.TrimTemplateSpace(p), column).Plain).ToList();
        if (parts.Count is not (3 or 5) || parts.Any(p => p.Trim().Length == 0))
        {
            Error(DiagnosticCodes.BadParty, "@party needs 'key | role | name' and optionally '| representative label | representative name', none empty", number);
            return;
        }

        if (_draft.Parties.Any(p => p.Party.Key == parts[0]))
        {
            Error(DiagnosticCodes.BadParty, $"party '{parts[0]}' is declared twice", number);
            return;
        }

        _draft.Parties.Add((new Party(parts[0], parts[1], parts[2], parts.Count == 5 ? parts[3] : null, parts.Count == 5 ? parts[4] : null), number));
    }

    private void StartSection(DraftSectionKind kind, string rest, int column, int number)
    {
        var (title, key) = MarkupLineReader.TakeAnchor(rest);
        if (kind is DraftSectionKind.Chapter or DraftSectionKind.Annex && title.Length == 0)
            Error(DiagnosticCodes.MisplacedElement, kind == DraftSectionKind.Chapter ? "a chapter heading needs a title" : "@annex needs a title", number);
        _section = new DraftSection(kind, key, Inline(title, column), number, _pageBreakPending);
        _pageBreakPending = false;
        _clause = null;
        _draft.Sections.Add(_section);
    }

    private void StartClause(string rest, int number)
    {
        if (_section?.Kind is not (DraftSectionKind.Chapter or DraftSectionKind.Supplementary))
        {
            Error(DiagnosticCodes.MisplacedElement, "a clause ('### ') must follow a chapter ('## ') or '@supplementary'", number);
            return;
        }

        var (title, key) = MarkupLineReader.TakeAnchor(rest);
        _clause = new DraftClause(key, Inline(title, 5), number);
        _section.Clauses.Add(_clause);
    }

    private void AddBlock(DraftBlockKind kind, string text, int column, int number)
    {
        // A trailing {#key} names the block: an item for references (@ref gives its number), any block for
        // its identity across renumbering.
        var (body, key) = MarkupLineReader.TakeAnchor(text);
        var block = new DraftBlock(kind, Inline(body, column), null, number, key);
        if (_clause is not null) { _clause.Blocks.Add(block); return; }
        if (_section is null)
        {
            if (kind == DraftBlockKind.Paragraph) { _draft.Preamble.Add(block); return; }
            Error(DiagnosticCodes.MisplacedElement, "an item ('- ') must be inside a clause or an annex", number);
            return;
        }

        if (_section.Kind == DraftSectionKind.Signatures)
        {
            Error(DiagnosticCodes.MisplacedElement, "text after @signatures belongs in a chapter, the supplementary part or an annex", number);
            return;
        }

        _section.Blocks.Add(block);
    }

    private void AddTerm(InlineText term, InlineText definition, int number, string? key)
    {
        if (_section?.Kind != DraftSectionKind.Annex || _clause is not null)
        {
            Error(DiagnosticCodes.MisplacedElement, "@term belongs in an annex ('@annex')", number);
            return;
        }

        _section.Blocks.Add(new DraftBlock(DraftBlockKind.Term, term, definition, number, key));
    }

    private InlineText Inline(string text, int column) => MarkupLineReader.Parse(text, column);

    private void Error(string code, string message, int line) =>
        _diagnostics.Error(code, message, _lines.Origin(line).Template);
}
