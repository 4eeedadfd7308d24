using System.Globalization;
using System.Text;
using H = AgreementKit.Writers.HouseStyle;

namespace AgreementKit.Writers.Html;

/// <summary>
/// The page's CSS, made from the house style: on screen an A4-wide sheet; in print A4 pages with the
/// house margins, the running title and the 第 X 页 共 Y 页 footer (CSS page counters, so the footer is not
/// part of the document's text), headings kept with what follows and the signature block kept whole.
/// Fonts: the Noto CJK faces the PDF embeds when installed, else the platform's usual Chinese serif and sans.
/// </summary>
internal static class HtmlStyleSheet
{
    public static string For(string locale, DocumentLabels labels)
    {
        var traditional = locale == "zh-Hant";
        var serif = traditional
            ? "\"Noto Serif CJK TC\", \"Source Han Serif TC\", \"PMingLiU\", \"MingLiU\", serif"
            : "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", \"SimSun\", serif";
        var sans = traditional
            ? "\"Noto Sans CJK TC\", \"Source Han Sans TC\", \"Microsoft JhengHei\", \"PingFang TC\", sans-serif"
            : "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", \"SimHei\", sans-serif";
        // 第 {0} 页 共 {1} 页 → "第 " counter(page) " 页 共 " counter(pages) " 页"
        var footer = labels.PageFormat.Replace("{0}", "\" counter(page) \"", StringComparison.Ordinal).Replace("{1}", "\" counter(pages) \"", StringComparison.Ordinal);

        var css = new StringBuilder();
        void Rule(string text) => css.Append(text).Append('\n');
        Rule($":root {{ --body: {Pt(H.BodySize)}; --line: {N(H.LineHeight)}; }}");
        Rule($"html {{ background: #e8e8e8; }}");
        Rule($"body {{ margin: 0; font-family: {serif}; font-size: var(--body); line-height: var(--line); color: #000; }}");
        Rule($".agreement {{ box-sizing: border-box; width: {Mm(H.PageWidth)}; max-width: 100%; margin: 1.5rem auto; background: #fff; " +
             $"padding: {Pt(H.MarginTop)} {Pt(H.MarginRight)} {Pt(H.MarginBottom)} {Pt(H.MarginLeft)}; box-shadow: 0 1px 4px rgba(0,0,0,.25); }}");
        Rule($"h1, h2, h3, .party-name {{ font-family: {sans}; font-weight: bold; }}");
        Rule($".cover {{ text-align: center; }}");
        Rule($".cover h1 {{ font-size: {Pt(H.TitleSize)}; margin: {Pt(H.CoverTitleBefore / 2)} 0 {Pt(H.CoverTitleAfter)}; }}");
        Rule($".cover-lines {{ list-style: none; padding: 0; margin: 0 0 0 {Em(H.CoverIndent)}; text-align: left; line-height: 2; }}");
        Rule($".contents h2 {{ text-align: center; letter-spacing: 1em; margin: {Pt(H.ChapterBefore)} 0 {Pt(H.ContentsHeadingAfter)}; }}");
        Rule($".contents ol {{ list-style: none; padding: 0; margin: 0; }}");
        Rule($".contents a {{ color: inherit; text-decoration: none; }}");
        Rule($".contents a:hover {{ text-decoration: underline; }}");
        Rule($"h2 {{ font-size: {Pt(H.ChapterHeadingSize)}; text-align: center; margin: {Pt(H.ChapterBefore)} 0 {Pt(H.ChapterAfter)}; }}");
        Rule($"h3 {{ font-size: {Pt(H.ClauseHeadingSize)}; margin: {Pt(H.ClauseBefore)} 0 {Pt(H.ClauseAfter)}; }}");
        Rule($"p {{ margin: 0 0 {Pt(H.ParagraphAfter)}; text-indent: {Em(H.FirstLineIndent)}; text-align: justify; line-break: strict; }}");
        Rule($".items {{ list-style: none; margin: 0; padding: 0 0 0 {Em(H.ItemIndent + H.ItemLabelWidth)}; }}");
        Rule($".items li {{ margin: 0 0 {Pt(H.ItemAfter)}; text-indent: -{Em(H.ItemLabelWidth)}; text-align: justify; line-break: strict; }}");
        Rule($".items .label {{ display: inline-block; min-width: {Em(H.ItemLabelWidth)}; text-indent: 0; }}");
        Rule($"dfn {{ font-style: normal; font-weight: bold; font-family: {sans}; }}");
        // Kept whole and with the text before it, so it never stands alone on a page.
        Rule($".signatures {{ break-inside: avoid; break-before: avoid; margin-top: {Pt(H.SignatureBefore)}; }}");
        Rule($".signature-grid {{ display: grid; gap: 0 2em; }}");
        Rule($".signature-grid .party {{ display: grid; grid-row: 1 / -1; grid-template-rows: subgrid; }}");
        Rule($".signature-grid p {{ text-indent: 0; text-align: left; line-height: {N(H.SignatureLineHeight)}; margin: 0; }}");
        Rule($".signature-grid .blank::before {{ content: \"\\00a0\"; }}");
        Rule($".signature-grid .writing-line {{ display: flex; align-items: baseline; margin-top: {Pt(H.SigningRoom)}; }}");
        Rule($".signature-grid .rule {{ flex: 1; border-bottom: {Pt(H.SigningRuleWidth)} solid #000; margin-left: .25em; }}");
        Rule($"@media print {{");
        Rule($"  @page {{ size: A4; margin: {Pt(H.MarginTop)} {Pt(H.MarginRight)} {Pt(H.MarginBottom)} {Pt(H.MarginLeft)};");
        Rule($"    @bottom-center {{ content: \"{footer}\"; font-size: {Pt(H.DecorationSize)}; color: #404040; }} }}");
        Rule($"  @page :first {{ @bottom-center {{ content: none; }} }}");
        Rule($"  html, body {{ background: #fff; }}");
        Rule($"  .agreement {{ width: auto; margin: 0; padding: 0; box-shadow: none; }}");
        Rule($"  .cover, .contents {{ break-after: page; }}");
        Rule($"  .page-break {{ break-before: page; }}");
        Rule($"  h2, h3 {{ break-after: avoid; }}");
        Rule($"  p, li {{ orphans: 2; widows: 2; }}");
        Rule($"}}");
        return css.ToString();
    }

    private static string N(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Pt(float points) => N(points) + "pt";

    private static string Em(float ems) => N(ems) + "em";

    private static string Mm(float points) => N(points / H.PointsPerMillimetre) + "mm";
}
