using System.Diagnostics;
using System.Text;
using AgreementKit.Tests.Layout;
using AgreementKit.Tests.Reliability;
using AgreementKit.Tests.Support;
using Xunit.Abstractions;

namespace AgreementKit.Tests.RealClients;

/// <summary>
/// Real consumers read what we write: LibreOffice opens the DOCX of every pack × locale × lead party and
/// its text must hold every line of the agreement model's plain text, in order; qpdf checks the structure
/// of every PDF. A missing tool fails the test (CI installs both): a check that does not run proves nothing.
/// </summary>
public sealed class RealClientTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SofficeTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void LibreOffice_reads_every_shipped_agreement_with_every_model_line_in_order()
    {
        var cases = ExampleCases.All().Select(c => (c.Pack, c.Locale, Lead: c.Lead ?? "-")).ToList();
        using var folder = new Cli.TempFolder();
        var expected = new Dictionary<string, string>();
        foreach (var (pack, locale, lead) in cases)
        {
            var tag = ExampleCases.Tag(pack, locale, lead);
            var agreement = ExampleCases.Assemble(pack, locale, lead);
            File.WriteAllBytes(folder[tag + ".docx"], ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Docx));
            expected[tag] = Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Text));
        }

        // One LibreOffice start for all documents: it is the slow part.
        var profile = new Uri(folder["lo-profile"]).AbsoluteUri;
        var outDir = Directory.CreateDirectory(folder["txt"]).FullName;
        var watch = Stopwatch.StartNew();
        var (code, log) = Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "txt:Text (encoded):UTF8",
            "--outdir", outDir, .. expected.Keys.Select(tag => folder[tag + ".docx"])]);
        output.WriteLine($"soffice converted {expected.Count} documents in {watch.ElapsedMilliseconds} ms");

        var failures = new List<string>();
        foreach (var (tag, modelText) in expected)
        {
            var txt = Path.Combine(outDir, tag + ".txt");
            if (!File.Exists(txt))
            {
                failures.Add($"{tag}: LibreOffice wrote no text (exit {code}): {log}");
                continue;
            }

            var groups = ModelGroups(modelText);
            var problems = MissingLines(groups, File.ReadAllText(txt, Encoding.UTF8));
            output.WriteLine($"{tag}: {groups.Sum(g => g.Count)} model lines, {problems.Count} problems");
            failures.AddRange(problems.Take(5).Select(p => $"{tag}: {p}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Qpdf_finds_no_problem_in_any_shipped_agreement_pdf()
    {
        using var folder = new Cli.TempFolder();
        var failures = new List<string>();
        foreach (var (pack, locale, lead) in ExampleCases.All())
        {
            var tag = ExampleCases.Tag(pack, locale, lead ?? "-");
            var path = folder[tag + ".pdf"];
            ExampleCases.Engine.WriteFile(ExampleCases.Assemble(pack, locale, lead ?? "-"), OutputFormat.Pdf, path);
            var (code, text) = ExternalTool.Run("qpdf", "--check", path);
            output.WriteLine($"{tag}: qpdf exit {code}");
            // qpdf exits 0 for a clean file, 3 for warnings, 2 for errors; warnings count as failures here.
            if (code != 0 || !text.Contains("No syntax or stream encoding errors found", StringComparison.Ordinal))
                failures.Add($"{tag}: qpdf --check exited {code}:\n{text}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_line_comparison_catches_a_dropped_a_changed_and_a_moved_line()
    {
        var model = ModelGroups("标题\n\n目录\n第一章 甲\n\n第一章 甲\n1.1 条\n正文一\n正文二\n\n甲方：A\n签字：\n乙方：B\n签字：\n");
        Assert.Empty(MissingLines(model, "标题 目录 第一章 甲 3 第一章 甲 1.1 条 正文一 正文二 甲方：A 乙方：B 签字： 签字："));
        Assert.Single(MissingLines(model, "标题 第一章 甲 1.1 条 正文二 甲方：A 乙方：B 签字： 签字："));
        Assert.Single(MissingLines(model, "标题 第一章 甲 1.1 条 正文一 正文2 甲方：A 乙方：B 签字： 签字："));
        Assert.Single(MissingLines(model, "标题 第一章 甲 1.1 条 正文二 正文一 甲方：A 乙方：B 签字： 签字："));
        Assert.NotEmpty(MissingLines(model, "标题 第一章 甲 1.1 条 正文一 正文二 甲方：A 乙方：B 签字："));
    }

    /// <summary>
    /// The model's line groups (blank-line separated) a reader must find: the cover and the body, without
    /// the contents list (LibreOffice renders the contents field its own way, with page numbers and leaders).
    /// </summary>
    internal static List<List<string>> ModelGroups(string modelText)
    {
        var groups = new List<List<string>> { new() };
        var inContents = false;
        foreach (var raw in modelText.Split('\n'))
        {
            var line = PipelineOracle.Squeeze(raw);
            if (line is "目录" or "目錄") { inContents = true; continue; }
            if (line.Length == 0)
            {
                inContents = false;
                if (groups[^1].Count > 0) groups.Add([]);
                continue;
            }

            if (!inContents) groups[^1].Add(line);
        }

        return groups.Where(g => g.Count > 0).ToList();
    }

    /// <summary>The signature block: a table, one column per party, which a reader reads row by row.</summary>
    private static bool IsSignatureTable(List<string> group) => group.Any(l => l is "签字：" or "簽字：" or "簽名：");

    /// <summary>
    /// Each model line must occur in the reader's text after the previous one (whitespace ignored). The
    /// signature table's lines must fill the stretch of text where the table stands, in any order, each as
    /// often as in the model.
    /// </summary>
    internal static List<string> MissingLines(IReadOnlyList<List<string>> groups, string readerText)
    {
        var text = PipelineOracle.Squeeze(readerText);
        var problems = new List<string>();
        var cursor = 0;
        foreach (var group in groups)
        {
            if (IsSignatureTable(group))
            {
                var length = group.Sum(l => l.Length);
                var tableStart = text.IndexOf(group[0], cursor, StringComparison.Ordinal);
                if (tableStart < 0 || tableStart + length > text.Length)
                {
                    problems.Add($"the signature table starting '{group[0]}' is missing");
                    continue;
                }

                var window = text.Substring(tableStart, length);
                foreach (var line in group.Distinct())
                {
                    var wanted = group.Count(l => l == line);
                    var found = Occurrences(window, line);
                    if (found < wanted) problems.Add($"the signature table holds '{line}' {found} times, the model {wanted} times: {window}");
                }

                cursor = tableStart + length;
                continue;
            }

            foreach (var line in group)
            {
                var at = text.IndexOf(line, cursor, StringComparison.Ordinal);
                if (at >= 0)
                {
                    cursor = at + line.Length;
                    continue;
                }

                var anywhere = text.IndexOf(line, StringComparison.Ordinal);
                problems.Add(anywhere >= 0
                    ? $"'{line}' is out of order (found at {anywhere}, expected after {cursor}: …{text[Math.Max(0, cursor - 40)..cursor]}…)"
                    : $"'{line}' is missing");
            }
        }

        return problems;
    }

    private static int Occurrences(string text, string line)
    {
        var count = 0;
        for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = text.IndexOf(line, at + line.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static (int Code, string Output) Run(string program, string[] arguments) =>
        ProcessRunner.RunTool(program, arguments, SofficeTimeout, "LibreOffice");
}
