using System.CommandLine;

namespace AgreementKit.Cli.Commands;

/// <summary>
/// The options that decide how documents are written — PDF/A, signature fields, fonts, extra template
/// packs — which <c>render</c> and <c>batch</c> share, and the engine they configure.
/// </summary>
internal sealed class RenderingOptions
{
    private readonly Option<bool> _pdfa = new("--pdfa") { Description = "Write PDF/A-2b (archival) PDF." };
    private readonly Option<bool> _noSignFields = CommonOptions.NoSignFields();
    private readonly Option<FileInfo[]> _fonts = new("--font")
    {
        Description = "Font file(s) for PDF instead of the bundled Noto CJK: the first is the body font, a second the heading font.",
        AllowMultipleArgumentsPerToken = false,
    };
    private readonly Option<bool> _systemFonts = new("--system-fonts")
    {
        Description = "Let PDF fall back to fonts installed on this machine (output then depends on the machine).",
    };
    private readonly Option<DirectoryInfo?> _templates = CommonOptions.Templates();

    /// <summary>The options, in the order help lists them.</summary>
    public IEnumerable<Option> All => [_pdfa, _noSignFields, _fonts, _systemFonts, _templates];

    /// <summary>The engine the parsed options ask for.</summary>
    public AgreementEngine Engine(ParseResult parse) => CommonOptions.Engine(parse.GetValue(_templates), o =>
    {
        o.PdfA = parse.GetValue(_pdfa);
        o.SignatureFields = !parse.GetValue(_noSignFields);
        o.Fonts = FontChoice.From(parse.GetValue(_fonts) ?? [], parse.GetValue(_systemFonts));
    });
}
