using AgreementKit.Diagnostics;
using AgreementKit.Markup;
using AgreementKit.Model.Numbering;
using AgreementKit.Model.Parsing;

namespace AgreementKit.Model;

/// <summary>
/// Turns rendered markup into a numbered <see cref="Agreement"/>: parse, number (after conditions have
/// removed what they removed, so there are no gaps), then resolve cross references to final numbers. Every
/// problem is reported at the template line that caused it, through the render's source map.
/// </summary>
internal static class AgreementAssembler
{
    public static (Agreement? Agreement, IReadOnlyList<Diagnostic> Diagnostics) Assemble(RenderedMarkup markup, string locale, DocumentFacts? facts = null, AgreementOrigin? origin = null)
    {
        var diagnostics = new DiagnosticBag();
        var lines = new MarkupLines(markup);
        var draft = MarkupParser.Parse(lines, diagnostics);
        var metadata = MetadataReader.Read(draft, facts ?? DocumentFacts.None, lines, diagnostics);
        var labels = NumberingLabels.For(locale);
        var numbers = ReferenceTable.Build(draft, metadata.ChapterStyle, labels, lines, diagnostics);
        numbers.Check(draft, lines, diagnostics);
        CheckEmpty(draft, lines, diagnostics);
        if (draft.Title is null)
            diagnostics.Error(DiagnosticCodes.NoTitle, "the template has no '@title' line", new SourceLocation { File = markup.Map.TemplateName });
        if (diagnostics.HasErrors) return (null, diagnostics.Items);

        var builder = new ModelBuilder(lines, labels, metadata, numbers.Resolve);
        var sections = builder.Sections(draft);
        var preamble = builder.Preamble(draft);
        var agreement = new Agreement(numbers.Resolve(draft.Title!.Value.Text), locale, metadata,
            [.. draft.Parties.Select(p => p.Party with { Provenance = lines.Origin(p.Line) })], sections, preamble, origin);
        return (agreement, diagnostics.Items);
    }

    /// <summary>Markup that is its own source (tests, markup handed in directly), located under <paramref name="source"/>.</summary>
    public static (Agreement? Agreement, IReadOnlyList<Diagnostic> Diagnostics) Assemble(string markup, string source, string locale, DocumentFacts? facts = null) =>
        Assemble(RenderedMarkup.FromSource(source, markup), locale, facts);

    private static void CheckEmpty(DraftAgreement draft, MarkupLines lines, DiagnosticBag diagnostics)
    {
        void Empty(string what, int line) =>
            diagnostics.Error(DiagnosticCodes.EmptySection, $"{what} has no text under it", lines.Origin(line).Template);

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
}
