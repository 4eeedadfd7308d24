using AgreementKit.Templates.Packs;
using AgreementKit.Writers;
using Microsoft.Extensions.Logging;

namespace AgreementKit;

/// <summary>
/// How an <see cref="AgreementEngine"/> is set up. Read once when the engine is built; later changes to this
/// object do not affect an existing engine.
/// </summary>
public sealed class AgreementEngineOptions
{
    /// <summary>Where packs come from, first match wins. Default: the packs embedded in the library.</summary>
    public IList<TemplatePackSource> PackSources { get; } = [TemplatePackSource.Embedded];

    /// <summary>Fonts for PDF output. Default: the Noto CJK fonts bundled with the library.</summary>
    public PdfFontOptions Fonts { get; set; } = new();

    /// <summary>Fonts named in DOCX styles (Word substitutes them on machines that lack them).</summary>
    public DocxFontOptions DocxFonts { get; set; } = new();

    /// <summary>Write PDF/A-2b (archival) instead of plain PDF. Output stays byte-identical across runs.</summary>
    public bool PdfA { get; set; }

    /// <summary>
    /// Put an unsigned signature field on each party's signing line of a PDF (<c>sig.company</c>,
    /// <c>sig.salesperson</c> …) and one on each organisation's seal line (<c>seal.company</c> …), so an
    /// e-signature service or a PDF reader offers to sign there; a DOCX gets bookmarks of the same names on
    /// those lines. Default true; false leaves the lines printed but unnamed.
    /// </summary>
    public bool SignatureFields { get; set; } = true;

    /// <summary>The longest one template may render before it is stopped (default 5 seconds).</summary>
    public TimeSpan TemplateTimeBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Your own template functions, callable in templates as <c>fn.name</c>: e.g.
    /// <c>Functions["seal"] = (Func&lt;string, string&gt;)(s =&gt; …)</c> is used as <c>{{ fn.seal company.name }}</c>.
    /// Their results are printed as literal text like every other value.
    /// </summary>
    public IDictionary<string, Delegate> Functions { get; } = new Dictionary<string, Delegate>(StringComparer.Ordinal);

    /// <summary>
    /// Your own output formats. DOCX, PDF, HTML, Markdown and plain text are built in; a writer here with the
    /// <see cref="IAgreementWriter.FormatId"/> of a built-in replaces it. The CLI's <c>--format</c> list and
    /// <see cref="AgreementEngine.Writers"/> show every format.
    /// </summary>
    public IList<IAgreementWriter> Writers { get; } = [];

    /// <summary>Receives one debug line per stage and document; null for none.</summary>
    public ILogger? Logger { get; set; }
}
