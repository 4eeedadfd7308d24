using AgreementKit.Diagnostics;
using AgreementKit.Layout.Fonts;
using AgreementKit.Model;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Writers.Pdf;

/// <summary>
/// Says which characters no font can draw, where they come from — the parameters and the template lines
/// of the parts that print them, from the model's provenance — and how to fix it.
/// </summary>
internal sealed class MissingGlyphReport : AgreementVisitor
{
    private readonly IReadOnlyList<string> _missing;
    private readonly List<string> _fields = [];
    private readonly List<string> _places = [];
    private SourceLocation? _firstTemplateLine;

    private MissingGlyphReport(IReadOnlyList<string> missing) => _missing = missing;

    public static Diagnostic Describe(Agreement agreement, IReadOnlyList<string> missing)
    {
        var report = new MissingGlyphReport(missing);
        report.Visit(agreement);
        var characters = string.Join(", ", missing.Select(FontSet.Describe));
        var places = report._places.Distinct().Take(10).ToList();
        var where = (report._fields.Count > 0 ? $" in {string.Join(", ", report._fields)}" : "") + (places.Count > 0 ? $" ({string.Join(", ", places)})" : "");
        return Diagnostic.Error(DiagnosticCodes.MissingGlyph,
            $"no PDF font has a glyph for {characters}{where}; the PDF would show blanks. Give a font that has them (--font FILE, " +
            "or the engine's PDF body font), allow installed fonts (--system-fonts), or change the text.",
            // A field is what the user can fix, located where its value came from (a parameter file's line, a
            // batch cell); without one, the template line is what the author can.
            report._fields.Count > 0 ? report.FieldLocation(agreement, report._fields[0]) : report._firstTemplateLine ?? new SourceLocation());
    }

    private SourceLocation FieldLocation(Agreement agreement, string path)
    {
        var value = agreement.Origin?.Parameters.SelectTokens(path.Replace("[]", "[*]", StringComparison.Ordinal)).OfType<JValue>()
            .FirstOrDefault(v => v.Type == JTokenType.String && Has((string?)v));
        return value is null ? SourceLocation.ForPath(path) : ValueOrigin.Locate(value, null, path);
    }

    private bool Has(string? text) => text is not null && _missing.Any(c => text.Contains(c, StringComparison.Ordinal));

    // A line may print several parameters (a party line prints a name and a representative): of those the
    // provenance names, keep the ones whose values hold a missing character.
    private void Found(string place, Provenance provenance)
    {
        _places.Add(place);
        var parameters = Agreement.Origin?.Parameters;
        foreach (var path in provenance.Parameters)
        {
            if (_fields.Contains(path)) continue;
            if (parameters is null || Values(parameters, path).Any(Has)) _fields.Add(path);
        }

        _firstTemplateLine ??= provenance.Template.File is null ? null : provenance.Template;
    }

    // items[].name stands for every item's name.
    private static IEnumerable<string?> Values(JObject parameters, string path) =>
        parameters.SelectTokens(path.Replace("[]", "[*]", StringComparison.Ordinal)).OfType<JValue>().Select(v => v.Type == JTokenType.String ? (string?)v : null);

    protected override void VisitFrontMatter(Agreement agreement)
    {
        if (Has(agreement.Title)) _places.Add("title");
        if (Has(agreement.Metadata.ContractNumber) || Has(agreement.Metadata.SignPlace)) _places.Add("cover");
        foreach (var party in agreement.Parties.Where(p => Has(p.Name) || p.Representatives.Concat(p.Identifiers).Any(d => Has(d.Label) || Has(d.Value))))
            Found(party.Role, party.Provenance);
    }

    protected override void VisitSectionHeading(Section section)
    {
        if (Has(section.Title)) Found(section.Heading, section.Provenance);
    }

    protected override void VisitClauseHeading(Clause clause, Section section)
    {
        if (Has(clause.Title)) Found(clause.Label, clause.Provenance);
    }

    protected override void VisitParagraph(Paragraph paragraph, AgreementNode? parent) => Block(paragraph, paragraph.Text, parent);

    protected override void VisitItem(Item item, AgreementNode? parent) => Block(item, item.Text, parent);

    protected override void VisitGlossaryEntry(GlossaryEntry entry, AgreementNode? parent) => Block(entry, entry.Term + entry.Definition, parent);

    private void Block(Block block, string text, AgreementNode? parent)
    {
        if (!Has(text)) return;
        var place = parent switch { Clause c => c.Label, Section s => s.Heading, _ => "preamble" };
        Found(place, block.Provenance);
    }
}
