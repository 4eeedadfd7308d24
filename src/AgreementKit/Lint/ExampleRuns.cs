using AgreementKit.Diagnostics;
using AgreementKit.Templates.Packs;
using AgreementKit.Writers.Pdf;

namespace AgreementKit.Lint;

/// <summary>
/// Runs each example through the whole pipeline (read, validate, render, assemble) for each locale and each
/// value of the pack's variant parameter (lead party), as `agreementkit render --example` would, so lint also reports what only a render shows: markup
/// errors, a failing template function, characters that functions produce and no font draws. A problem
/// that several runs share is reported once, naming the runs.
/// </summary>
internal static class ExampleRuns
{
    /// <param name="pack">The loaded pack.</param>
    /// <param name="runtime">The pack's schema and templates, as the engine prepares them.</param>
    /// <param name="variant">The pack's variant parameter (e.g. <c>leadParty</c>), or null.</param>
    /// <param name="values">The values of the variant parameter's enum, empty when there is none.</param>
    /// <param name="fonts">The fonts of each locale (missing for a locale whose fonts failed to load).</param>
    /// <param name="reported">Characters already reported as undrawable; not repeated here.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    public static IEnumerable<Diagnostic> Run(TemplatePack pack, PackRuntime runtime, string? variant, IReadOnlyList<string> values,
        IReadOnlyDictionary<string, LintFonts> fonts, ISet<string> reported, CancellationToken cancellationToken)
    {
        var found = new List<(Diagnostic Diagnostic, List<string> Runs)>();
        foreach (var locale in pack.Locales)
        {
            if (pack.GetExample(locale) is not { } text) continue;
            var fileName = $"example.{locale}.json";
            var sourceName = pack.Origin.DisplayPath(pack.Id, fileName);
            foreach (var (value, variantText) in ExampleVariants.Of(text, sourceName, variant, values))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var run = value is null ? fileName : $"{fileName}, {variant} {value}";
                var result = runtime.Assemble(AgreementParameters.FromJson(variantText, sourceName), locale, cancellationToken);
                foreach (var diagnostic in result.Diagnostics) Add(found, diagnostic, run);
                if (result.Agreement is null || !fonts.TryGetValue(locale, out var localeFonts)) continue;
                var missing = localeFonts.FindMissing(AgreementText.Of(result.Agreement)).Where(c => !reported.Contains(c)).ToList();
                if (missing.Count > 0)
                    Add(found, Diagnostic.Error(DiagnosticCodes.MissingGlyph,
                        $"the rendered agreement contains {string.Join(", ", missing.Select(Layout.Fonts.FontSet.Describe))}, which no configured font ({localeFonts.Description}) can draw; " +
                        "it comes from a template function or a value — change it or give a font that has it with --font FILE",
                        new SourceLocation { File = sourceName }), run);
            }
        }

        return found.Select(f => f.Diagnostic with { Message = $"{f.Diagnostic.Message} (with {string.Join("; ", f.Runs)})" });
    }

    private static void Add(List<(Diagnostic Diagnostic, List<string> Runs)> found, Diagnostic diagnostic, string run)
    {
        var existing = found.FindIndex(f => f.Diagnostic == diagnostic);
        if (existing < 0) found.Add((diagnostic, [run]));
        else if (!found[existing].Runs.Contains(run)) found[existing].Runs.Add(run);
    }
}
