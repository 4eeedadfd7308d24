using AgreementKit.Diagnostics;
using AgreementKit.Layout.Fonts;
using AgreementKit.Model;
using AgreementKit.Parameters;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Writers.Pdf;

/// <summary>Says which characters no font can draw, where they come from, and how to fix it.</summary>
internal static class MissingGlyphReport
{
    public static Diagnostic Describe(Agreement agreement, IReadOnlyList<string> missing)
    {
        var characters = string.Join(", ", missing.Select(FontSet.Describe));
        var values = agreement.Parameters is { } parameters
            ? parameters.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String && missing.Any(c => ((string)v!).Contains(c, StringComparison.Ordinal))).ToList()
            : [];
        var fields = values.Select(v => v.Path).Distinct().ToList();
        var places = Places(agreement, missing).Distinct().Take(10).ToList();
        var where = (fields.Count > 0 ? $" in {string.Join(", ", fields)}" : "") + (places.Count > 0 ? $" ({string.Join(", ", places)})" : "");
        return Diagnostic.Error(DiagnosticCodes.MissingGlyph,
            $"no PDF font has a glyph for {characters}{where}; the PDF would show blanks. Give a font that has them (--font FILE, " +
            "or the engine's PDF body font), allow installed fonts (--system-fonts), or change the text.",
            // The first value holding one is located where it came from: a parameter file's line, a batch cell.
            values.Count > 0 ? ValueOrigin.Locate(values[0], null, values[0].Path) : new SourceLocation());
    }

    /// <summary>Where in the agreement the characters stand: the title, a clause number, an annex …</summary>
    private static IEnumerable<string> Places(Agreement agreement, IReadOnlyList<string> missing)
    {
        bool Has(string? text) => text is not null && missing.Any(c => text.Contains(c, StringComparison.Ordinal));
        if (Has(agreement.Title)) yield return "title";
        if (Has(agreement.Metadata.ContractNumber) || Has(agreement.Metadata.SignPlace)) yield return "cover";
        foreach (var party in agreement.Parties.Where(p => Has(p.Name) || Has(p.RepresentativeName))) yield return party.Role;
        foreach (var section in agreement.Sections)
        {
            if (Has(section.Title)) yield return section.Heading;
            var (blocks, clauses) = SectionContent.Of(section);
            foreach (var clause in clauses.Where(c => Has(c.Title) || c.Content.Any(b => Has(BlockText(b))))) yield return clause.Label;
            if (blocks.Any(b => Has(BlockText(b)))) yield return section.Heading;
        }
    }

    private static string BlockText(Block block) => block switch
    {
        Paragraph p => p.Text,
        Item i => i.Text,
        GlossaryEntry g => g.Term + g.Definition,
        _ => "",
    };
}
