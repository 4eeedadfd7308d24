using System.Text.RegularExpressions;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Elements;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Paging;
using AgreementKit.Layout.Text;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Layout;
using AgreementKit.Tests.Support;
using AgreementKit.Writers.Typeset;

namespace AgreementKit.Tests.Writers.Pdf;

/// <summary>
/// The typesetting rules hold in every shipped example, pack × locale × lead party, as a reader finds
/// them: in the lines poppler extracts from the PDF, paired up by the paragraphs they were laid out in
/// (plain extracted text does not show where one paragraph ends and the next begins).
/// </summary>
public sealed partial class ShippedTypesettingTests
{
    private const string Closing = "，。、；：？！）》」』】”";

    public static TheoryData<string, string, string> Examples() => ExampleCases.Theory();

    [Theory]
    [MemberData(nameof(Examples))]
    public void No_extracted_line_separates_a_number_from_its_unit(string pack, string locale, string lead)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        using var folder = new TempFolder();
        var path = folder["agreement.pdf"];
        ExampleCases.Engine.WriteFile(agreement, OutputFormat.Pdf, path);
        var (exit, text) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", path, "-");
        Assert.Equal(0, exit);
        var extracted = text.Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // Spaces aside: poppler reads the gap between an item's label and its text as one.
        var extractedSet = extracted.Select(Squeeze).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        var pairs = 0;
        foreach (var paragraph in Paragraphs(Layout(pack, locale, lead)))
        {
            var lines = paragraph.Lines.Select((l, i) => (i == 0 && paragraph.Label is { } label ? label.Run.Text + l.Text : l.Text).Trim()).ToList();
            for (var i = 1; i < lines.Count; i++)
            {
                string before = lines[i - 1], after = lines[i];
                foreach (var line in new[] { before, after }.Where(l => !extractedSet.Contains(Squeeze(l))))
                    problems.Add($"poppler does not read the line '{line}' as laid out");
                if (SplitAmount().IsMatch(before + "\n" + after))
                    problems.Add($"{before[^Math.Min(12, before.Length)..]} / {after[..Math.Min(12, after.Length)]}");
                pairs++;
            }
        }
        problems.AddRange(extracted.Where(l => Closing.Contains(l[0], StringComparison.Ordinal)).Select(l => $"a line starts with {l[0]}: {l}"));
        Assert.True(pairs > 100, $"{pairs} pairs of lines checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void No_paragraph_ends_on_a_line_of_one_character(string pack, string locale, string lead)
    {
        var paragraphs = Paragraphs(Layout(pack, locale, lead)).Where(p => p.Lines.Count > 1).ToList();
        Assert.True(paragraphs.Count > 50, $"{paragraphs.Count} paragraphs of several lines");
        var lonely = paragraphs.Select(p => p.Lines[^1].Text).Where(last => last.Count(c => !Closing.Contains(c, StringComparison.Ordinal)) == 1).ToList();
        Assert.True(lonely.Count == 0, string.Join("\n", lonely));
    }

    private static string Squeeze(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));

    private static DocumentLayout Layout(string pack, string locale, string lead)
    {
        var document = AgreementLayoutBuilder.Build(ExampleCases.Assemble(pack, locale, lead));
        using var cache = new GlyphCache();
        var layout = PdfRenderer.LayoutChecked(document, new TextShaper(FontSet.ForLocale(locale), cache), []);
        Assert.NotNull(layout);
        return layout;
    }

    private static IEnumerable<ParagraphLayout> Paragraphs(DocumentLayout layout) =>
        layout.Pages.SelectMany(p => p.Placements).Select(p => p.Block).OfType<ParagraphLayout>().Distinct();

    // A digit or a Chinese numeral at a line's end and its unit starting the next: 50,000.00 / 元, 15 / 日,
    // 5 / 个工作日, 壹拾貳萬元 / 整, 伍萬 / 元.
    [GeneratedRegex(@"([0-9０-９]\n[\p{IsCJKUnifiedIdeographs}%％])|(元\n整)|([零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]\n[元圆圓万萬])")]
    private static partial Regex SplitAmount();
}
