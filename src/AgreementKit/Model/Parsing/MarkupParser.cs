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

    // @party key | role | name [| organization|person [| label：value …]], or the older
    // @party key | role | name | representative label | representative name (an organisation).
    private void ParseParty(string rest, int column, int number)
    {
        var raw = MarkupLineReader.Split(rest, '|');
        var parts = raw.Select(p => Plain(p, column)).ToList();
        if (parts.Count < 3 || parts.Take(3).Any(p => p.Length == 0))
        {
            Error(DiagnosticCodes.BadParty, "@party needs 'key | role | name', none empty, then optionally '| organization' or '| person' and '| label：value' lines (docs/template-authoring.md)", number);
            return;
        }

        var key = parts[0];
        if (!PartyKeys.IsValid(key))
        {
            Error(DiagnosticCodes.BadParty, $"party key '{DisplayText.Safe(key)}' must start with an ASCII letter and hold only letters, digits, '-' and '_' (at most {PartyKeys.MaxLength}): it names the party's signature fields", number);
            return;
        }

        if (_draft.Parties.Any(p => p.Party.Key == key))
        {
            Error(DiagnosticCodes.BadParty, $"party '{key}' is declared twice", number);
            return;
        }

        var party = ParsePartyKind(key, parts, raw, column, number);
        if (party is not null) _draft.Parties.Add((party, number));
    }

    private Party? ParsePartyKind(string key, List<string> parts, List<string> raw, int column, int number)
    {
        var (role, name) = (parts[1], parts[2]);
        if (parts.Count == 3) return new Party(key, role, name, PartyKind.Person);
        PartyKind kind;
        switch (parts[3])
        {
            case "organization": kind = PartyKind.Organization; break;
            case "person": kind = PartyKind.Person; break;
            default:
                // The older form: a representative's label and name, neither written 'label：value'.
                if (parts.Count == 5 && parts[3].Length > 0 && parts[4].Length > 0 && PartyDetailSeparator(raw[3]) < 0 && PartyDetailSeparator(raw[4]) < 0)
                    return new Party(key, role, name, PartyKind.Organization) { Representatives = [new PartyDetail(parts[3], parts[4])] };
                Error(DiagnosticCodes.BadParty, $"party '{key}': the fourth part of @party is 'organization' or 'person', not '{DisplayText.Safe(parts[3])}'", number);
                return null;
        }

        var details = new List<PartyDetail>();
        for (var i = 4; i < raw.Count; i++)
        {
            var at = PartyDetailSeparator(raw[i]);
            var label = at < 0 ? string.Empty : Plain(raw[i][..at], column);
            var value = at < 0 ? string.Empty : Plain(raw[i][(at + 1)..], column);
            if (label.Length == 0 || value.Length == 0)
            {
                var expected = kind == PartyKind.Organization ? "a representative such as '法定代表人：{{ company.legalRepresentative }}'" : "an identification such as '员工编号：{{ salesperson.employeeId }}'";
                Error(DiagnosticCodes.BadParty, $"party '{key}', part {i + 1} '{DisplayText.Safe(parts[i])}': expected 'label：value', {expected}, with neither empty", number);
                return null;
            }

            details.Add(new PartyDetail(label, value));
        }

        return kind == PartyKind.Organization
            ? new Party(key, role, name, kind) { Representatives = details }
            : new Party(key, role, name, kind) { Identifiers = details };
    }

    // The first full-width or ASCII colon of the template text (a value's own colons are literal).
    private static int PartyDetailSeparator(string raw)
    {
        var literal = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == LiteralMarks.Start) literal = true;
            else if (c == LiteralMarks.End) literal = false;
            else if (!literal && c is '：' or ':') return i;
        }

        return -1;
    }

    private string Plain(string raw, int column) => Inline(MarkupLineReader.TrimTemplateSpace(raw), column).Plain.Trim();

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
