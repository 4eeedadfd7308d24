using AgreementKit.Diagnostics;
using AgreementKit.Parameters;
using AgreementKit.Templates.Packs;
using AgreementKit.Templates.Sandbox;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Lint;

/// <summary>
/// The preflight behind <c>agreementkit lint</c>: checks one pack folder the way a template author needs it
/// checked, statically over every branch of every locale source rather than only the branches one example
/// takes. Every finding is located (file, line, column) and counts as a failure, warnings included:
/// a pack is clean or it is not.
/// </summary>
internal static class PackLinter
{
    /// <summary>The pack folders <paramref name="folder"/> names: itself when it holds a manifest.json, else its sub-folders that do.</summary>
    public static IReadOnlyList<string> FindPacks(string folder)
    {
        if (File.Exists(Path.Combine(folder, "manifest.json"))) return [folder];
        return Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, "manifest.json")))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every problem of the pack in <paramref name="packFolder"/>, in file, line and column order.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string packFolder, LintFontOptions fontOptions, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(packFolder).TrimEnd(Path.DirectorySeparatorChar);
        var id = Path.GetFileName(folder);
        var source = TemplatePackSource.FromDirectory(Path.GetDirectoryName(folder)!);
        string Display(string file) => source.DisplayPath(id, file);
        var bag = new DiagnosticBag();
        if (!TemplatePack.IsValidId(id))
        {
            bag.Error(DiagnosticCodes.PackInvalid,
                $"the folder name '{id}' is not a pack id: use lower-case letters, digits and single hyphens (the folder name is the id)", new SourceLocation { File = folder });
            return bag.Items;
        }

        var pack = TemplatePack.Load(source, id, bag);
        if (pack is null) return Sorted(bag.Items);

        var schemaLoaded = LoadSchema(pack, Display("schema.json"), bag);
        var schemaTree = SchemaTreeReader.Read(pack.SchemaJson);
        bag.AddRange(FieldLabelCheck.Check(pack.SchemaJson, pack.Locales, Display("schema.json")));
        foreach (var locale in pack.Locales.Where(l => pack.GetExample(l) is null))
            bag.Error(DiagnosticCodes.PackInvalid, $"pack '{id}' lists locale {locale} but has no example.{locale}.json", new SourceLocation { File = Display($"example.{locale}.json") });

        var fonts = new Dictionary<string, LintFonts>(StringComparer.Ordinal);
        try
        {
            var fontProblems = new List<Diagnostic>();
            foreach (var locale in pack.Locales)
            {
                if (LintFonts.For(locale, fontOptions, fontProblems) is { } localeFonts) fonts[locale] = localeFonts;
            }

            // The same bad font file fails for every locale; say it once.
            bag.AddRange(fontProblems.Distinct());
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var hostFunctions = new SortedSet<string>(StringComparer.Ordinal);
            var templatesParsed = CheckTemplates(pack, schemaTree, fonts, reported, hostFunctions, bag);
            bag.AddRange(GeneratedEditionCheck.Check(folder, pack.AuthoredLocale, pack.Locales, Display));
            CheckExampleText(pack, fonts, reported, bag);
            if (schemaLoaded && templatesParsed)
            {
                var engineOptions = new AgreementEngineOptions();
                HostFunctions.AddStandIns(engineOptions, hostFunctions);
                var runtime = new PackRuntime(pack, new EngineStages(engineOptions));
                bag.AddRange(ExampleRuns.Run(pack, runtime, pack.VariantParameter, VariantValues(pack), fonts, reported, cancellationToken)
                    // A markup problem the static checks found at a template line, a render finds again there.
                    .Where(d => !bag.Items.Any(s => s.Code == d.Code && s.Location.File == d.Location.File && s.Location.Line == d.Location.Line)).ToList());
            }
        }
        finally
        {
            foreach (var localeFonts in fonts.Values) localeFonts.Dispose();
        }

        return Sorted(bag.Items);
    }

    private static bool LoadSchema(TemplatePack pack, string schemaName, DiagnosticBag bag)
    {
        try
        {
            ParameterSchema.LoadAsync(pack.SchemaJson, pack.Rules, schemaName, pack.DisplayPath("manifest.json")).GetAwaiter().GetResult();
            return true;
        }
        catch (AgreementKitException e)
        {
            bag.AddRange(e.Diagnostics);
            return false;
        }
    }

    /// <summary>Parses every locale source and checks its variables, references and characters; true when all parsed.</summary>
    private static bool CheckTemplates(TemplatePack pack, SchemaNode? schema, IReadOnlyDictionary<string, LintFonts> fonts, HashSet<string> reported,
        ISet<string> hostFunctions, DiagnosticBag bag)
    {
        var used = new HashSet<SchemaNode>();
        var allParsed = true;
        foreach (var locale in pack.Locales)
        {
            var (name, text) = pack.GetSource(locale)!.Value;
            var parsed = ParsedTemplate.Parse(new TemplateSource(name, text));
            bag.AddRange(parsed.Diagnostics);
            if (parsed.Template?.Page is not { } page)
            {
                allParsed = false;
                continue;
            }

            hostFunctions.UnionWith(HostFunctions.NamesUsed(page));
            var positions = new TextPositions(text);
            if (schema is not null)
            {
                var (unknown, reads) = VariableUseWalker.Walk(page, schema, TemplateBuiltins.Names);
                foreach (var variable in unknown)
                    bag.Error(DiagnosticCodes.UnknownVariable, variable.Message, positions.At(name, variable.Offset));
                used.UnionWith(reads);
            }

            var pieces = TemplateText.Collect(page, text, positions);
            bag.AddRange(CrossReferenceCheck.Check(pieces, positions, name));
            if (locale == "zh-Hant")
                bag.AddRange(MainlandVocabularyCheck.Check(page, pieces, positions, name, generated: pack.AuthoredLocale is { } authored && authored != locale));
            if (fonts.TryGetValue(locale, out var localeFonts))
            {
                var missing = GlyphCheck.InTemplate(pieces, positions, name, localeFonts).ToList();
                bag.AddRange(missing);
                reported.UnionWith(pieces.SelectMany(p => localeFonts.FindMissing(p.Text)));
            }
        }

        // With a source that does not parse, its reads are unknown: every field would look unused.
        if (schema is not null && allParsed)
        {
            // The document's number and signing place and date are read by the engine, not by a template.
            var document = pack.Document;
            used.UnionWith(schema.Leaves().Where(l => l.Path == document.Number || l.Path == document.SignPlace || l.Path == document.SignDate));
            var schemaName = pack.Origin.DisplayPath(pack.Id, "schema.json");
            foreach (var leaf in schema.Leaves().Where(l => !used.Contains(l) && l.Path.Length > 0))
                bag.Error(DiagnosticCodes.UnusedField,
                    $"the schema declares '{leaf.Path}' but no template ({string.Join(", ", pack.Locales.Select(l => l + ".scriban"))}) reads it; use it or remove it from schema.json",
                    new SourceLocation { File = schemaName, Line = leaf.Line, Column = leaf.Column });
        }

        return allParsed;
    }

    private static void CheckExampleText(TemplatePack pack, IReadOnlyDictionary<string, LintFonts> fonts, HashSet<string> reported, DiagnosticBag bag)
    {
        foreach (var locale in pack.Locales)
        {
            if (pack.GetExample(locale) is not { } text || !fonts.TryGetValue(locale, out var localeFonts)) continue;
            var name = pack.Origin.DisplayPath(pack.Id, $"example.{locale}.json");
            // A file that does not read is reported by the example runs, with its line and column.
            if (new ParameterReader().ReadText(text, name).Document is not { } document) continue;
            bag.AddRange(GlyphCheck.InExample(document, new TextPositions(text), name, localeFonts));
            reported.UnionWith(document.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String).SelectMany(v => localeFonts.FindMissing((string)v!)));
        }
    }

    /// <summary>The values of the enum of the pack's variant parameter (manifest <c>"variants"</c>): each selects other text.</summary>
    private static IReadOnlyList<string> VariantValues(TemplatePack pack)
    {
        if (pack.VariantParameter is not { } name) return [];
        try
        {
            return JObject.Parse(pack.SchemaJson)["properties"]?[name]?["enum"] is JArray values ? values.Values<string>().OfType<string>().ToList() : [];
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return [];
        }
    }

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.Location.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
}
