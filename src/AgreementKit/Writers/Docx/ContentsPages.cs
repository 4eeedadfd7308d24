using AgreementKit.Layout.Paging;
using AgreementKit.Layout.Text;
using AgreementKit.Model;
using AgreementKit.Writers.Typeset;

namespace AgreementKit.Writers.Docx;

/// <summary>
/// The page each contents entry lands on, so the DOCX contents show page numbers before any word processor
/// has laid the document out: the agreement is laid out by the same engine, from the same blocks and house
/// style as the PDF, with the bundled fonts of its script — the DOCX and the PDF show the same numbers, and
/// Word agrees where it has the same fonts. Word still replaces them on F9 and LibreOffice on update.
/// </summary>
internal static class ContentsPages
{
    /// <param name="agreement">The agreement.</param>
    /// <param name="contentsDepth">1: sections; 2: sections and clauses.</param>
    /// <param name="shaper">The bundled fonts of the agreement's script (characters no font has still take a place; a DOCX has no use for the report).</param>
    public static Func<string, int?> For(Agreement agreement, int contentsDepth, TextShaper shaper)
    {
        var document = AgreementLayoutBuilder.Build(agreement, contentsDepth);
        var layout = DocumentLayouter.Layout(document, shaper);
        var pages = layout.DestinationPages;
        return anchor => pages.TryGetValue(anchor, out var page) ? page : null;
    }
}
