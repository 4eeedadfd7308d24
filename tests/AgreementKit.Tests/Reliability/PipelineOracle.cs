using System.Text;
using System.Text.RegularExpressions;
using AgreementKit.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// The judge shared by the property tests, the fuzz runner (<c>fuzz/</c> compiles this file) and the fuzz
/// regression tests. It pushes one parameter document through validate → assemble → DOCX → PDF using
/// only the public API and lists every broken promise: an exception that is not the product's typed
/// <see cref="AgreementKitException"/>, a failure without a coded error, an error message with .NET type
/// names, a DOCX the Open XML validator rejects, or U+FFFD in any output. An empty
/// <see cref="PipelineOutcome.Problems"/> list means the pipeline behaved.
/// </summary>
public static partial class PipelineOracle
{
    /// <summary>Runs everything; never throws (a thrown exception becomes a problem).</summary>
    public static PipelineOutcome Run(AgreementEngine engine, string packId, string locale, AgreementParameters parameters, bool writePdf = true)
    {
        var outcome = new PipelineOutcome();
        try
        {
            RunStages(engine, packId, locale, parameters, writePdf, outcome);
        }
        catch (Exception e)
        {
            outcome.Problems.Add($"unexpected {e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
        }

        return outcome;
    }

    private static void RunStages(AgreementEngine engine, string packId, string locale, AgreementParameters parameters, bool writePdf, PipelineOutcome outcome)
    {
        var validation = engine.Validate(packId, parameters);
        CheckDiagnostics("validate", validation.Diagnostics, outcome);
        var result = engine.TryAssemble(packId, parameters, locale);
        CheckDiagnostics("assemble", result.Diagnostics, outcome);
        outcome.Diagnostics.AddRange(result.Diagnostics);

        var validationFailed = validation.Diagnostics.Any(d => d.IsError);
        if (result.Agreement is null)
        {
            if (!result.Diagnostics.Any(d => d.IsError))
                outcome.Problems.Add("assembling failed without an error diagnostic");
            // Every parameter error Validate found must also stop TryAssemble, with the same code and place.
            foreach (var error in validation.Diagnostics.Where(d => d.IsError))
                if (!result.Diagnostics.Any(d => d.Code == error.Code && d.Location == error.Location))
                    outcome.Problems.Add($"Validate reported {error} but TryAssemble did not");
            return;
        }

        if (validationFailed)
            outcome.Problems.Add($"Validate rejected the parameters ({validation.Diagnostics.First(d => d.IsError)}) but TryAssemble produced an agreement");

        outcome.ModelText = Encoding.UTF8.GetString(engine.WriteToArray(result.Agreement, OutputFormat.Text));
        if (outcome.ModelText.Contains('\uFFFD'))
            outcome.Problems.Add("the plain text holds U+FFFD");
        if (outcome.ModelText.IndexOfAny(['\uFDD0', '\uFDD1']) >= 0)
            outcome.Problems.Add("the plain text holds the renderer's internal literal marks");

        outcome.Docx = engine.WriteToArray(result.Agreement, OutputFormat.Docx);
        CheckDocx(outcome.Docx, outcome);

        if (!writePdf) return;
        try
        {
            outcome.Pdf = engine.WriteToArray(result.Agreement, OutputFormat.Pdf);
        }
        catch (AgreementKitException e)
        {
            outcome.PdfDiagnostics.AddRange(e.Diagnostics);
            CheckDiagnostics("PDF", e.Diagnostics, outcome);
            if (!e.Diagnostics.Any(d => d.IsError))
                outcome.Problems.Add("the PDF writer threw without an error diagnostic");
            return;
        }

        outcome.PdfText = PdfText(outcome.Pdf);
        if (outcome.PdfText.Contains('\uFFFD'))
            outcome.Problems.Add("the PDF text holds U+FFFD");
    }

    /// <summary>Codes are AKnnnn, messages are plain words (no CLR type names), echoes stay short.</summary>
    private static void CheckDiagnostics(string stage, IEnumerable<Diagnostic> diagnostics, PipelineOutcome outcome)
    {
        foreach (var d in diagnostics)
        {
            // What a user reads: the whole line, location included (keys in paths come from the input too).
            var shown = d.ToString();
            if (!CodePattern().IsMatch(d.Code))
                outcome.Problems.Add($"{stage}: diagnostic code '{d.Code}' is not AKnnnn: {shown}");
            if (ClrNames().Match(d.Message) is { Success: true } m)
                outcome.Problems.Add($"{stage}: message names a .NET type ('{m.Value}'): {d.Message}");
            if (shown.Length > 600)
                outcome.Problems.Add($"{stage}: message is {shown.Length} characters long (echoes must be cut): {shown[..200]}…");
            if (shown.Any(c => c < 0x20 || c is >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C') || !IsPaired(shown))
                outcome.Problems.Add($"{stage}: message carries a control, bidi or lone surrogate character to the terminal: {Visible(shown)}");
            if (shown.IndexOfAny(['\uFDD0', '\uFDD1']) >= 0)
                outcome.Problems.Add($"{stage}: message shows the renderer's internal literal marks: {Visible(shown)}");
        }
    }

    private static string Visible(string text) =>
        string.Concat(text.Take(300).Select(c => c < 0x20 || char.IsSurrogate(c) || c is >= '\u007F' and <= '\u009F' or >= '\u2000' and <= '\u206F' ? $"\\u{(int)c:X4}" : c.ToString()));

    private static bool IsPaired(string text) =>
        !text.Where((c, i) => char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))).Any();

    private static void CheckDocx(byte[] docx, PipelineOutcome outcome)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
        foreach (var error in errors.Take(5))
            outcome.Problems.Add($"DOCX validator: {error.Id} {error.Description} at {error.Path?.XPath}");
        outcome.DocxParagraphs.AddRange(Paragraphs(package));
        if (outcome.DocxParagraphs.Any(p => p.Contains('\uFFFD')))
            outcome.Problems.Add("the DOCX text holds U+FFFD");
    }

    /// <summary>The text of every paragraph of the body, headers and footers (field instructions left out).</summary>
    public static IEnumerable<string> Paragraphs(WordprocessingDocument package)
    {
        var main = package.MainDocumentPart!;
        var roots = new List<OpenXmlElement> { main.Document!.Body! };
        roots.AddRange(main.HeaderParts.Select(h => (OpenXmlElement)h.Header!));
        roots.AddRange(main.FooterParts.Select(f => (OpenXmlElement)f.Footer!));
        foreach (var root in roots)
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                if (element is Text t) text.Append(t.Text);
                else if (element is TabChar && element.Parent is Run) text.Append('\t');
                else if (element is Break && element.Parent is Run) text.Append('\n');
            }

            yield return text.ToString();
        }
    }

    /// <summary>
    /// The PDF's text as PdfPig extracts it, page after page, leaving out each page's header and footer
    /// so that text running over a page break reads on. Pages are A4 with 25.4 mm (72 pt) margins; the header
    /// and footer sit 15 mm from the edges, so letters whose baseline is within 66 pt of the top or bottom
    /// edge are decoration and every body line (baseline at least 72 pt in) is kept.
    /// </summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            var top = page.Height - 66;
            const double bottom = 66;
            foreach (var letter in page.Letters)
                if (letter.StartBaseLine.Y < top && letter.StartBaseLine.Y > bottom)
                    text.Append(letter.Value);
        }

        return text.ToString();
    }

    /// <summary>True when <paramref name="haystack"/> holds <paramref name="value"/>, ignoring whitespace (line breaks split values in a PDF).</summary>
    public static bool ContainsIgnoringWhitespace(string haystack, string value) =>
        Squeeze(haystack).Contains(Squeeze(value), StringComparison.Ordinal);

    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"^AK[1-5]\d{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\b(System\.[A-Z]\w+|Newtonsoft\.\w+|Scriban\.\w+|NJsonSchema\.\w+|DocumentFormat\.\w+|\w+Exception\b|JToken|JObject|JValue|Int32|Int64|BigInteger)")]
    private static partial Regex ClrNames();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>What one run through the pipeline gave, and which promises it broke.</summary>
public sealed class PipelineOutcome
{
    /// <summary>Broken promises; empty when the run behaved.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The diagnostics of TryAssemble.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The diagnostics of a refused PDF (AK4001 for undrawable characters).</summary>
    public List<Diagnostic> PdfDiagnostics { get; } = [];

    public string? ModelText { get; set; }

    public byte[]? Docx { get; set; }

    public List<string> DocxParagraphs { get; } = [];

    public byte[]? Pdf { get; set; }

    public string? PdfText { get; set; }

    public bool Assembled => Docx is not null;
}
