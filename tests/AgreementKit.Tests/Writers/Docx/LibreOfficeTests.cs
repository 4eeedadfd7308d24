using AgreementKit.Tests.Support;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace AgreementKit.Tests.Writers.Docx;

/// <summary>
/// A second consumer besides the validator: LibreOffice must open the package and lay it out. Missing
/// soffice or pdftotext fails the test: CI installs both, and a skipped check would hide a broken file.
/// </summary>
public sealed partial class LibreOfficeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("zh-Hans", "页")]
    [InlineData("zh-Hant", "頁")]
    public void LibreOffice_converts_the_DOCX_to_a_PDF_with_every_heading_and_the_page_footer(string locale, string page)
    {
        var agreement = SampleAgreements.Full(locale);
        var directory = Directory.CreateTempSubdirectory("ak-docx-lo-");
        try
        {
            var docx = Path.Combine(directory.FullName, "agreement.docx");
            File.WriteAllBytes(docx, DocxFile.Bytes(agreement));
            var profile = new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri;

            var watch = Stopwatch.StartNew();
            var (code, log) = Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", directory.FullName, docx]);
            output.WriteLine($"soffice took {watch.ElapsedMilliseconds} ms");
            var pdf = Path.Combine(directory.FullName, "agreement.pdf");
            Assert.True(code == 0 && File.Exists(pdf) && new FileInfo(pdf).Length > 0, $"soffice exited {code} without a PDF:\n{log}");

            var (textCode, text) = Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
            Assert.Equal(0, textCode);
            var compact = Whitespace().Replace(text, string.Empty);

            Assert.Contains(Compact(agreement.Title), compact);
            foreach (var section in agreement.Sections.Where(AgreementKit.Writers.DocumentLabels.InContents))
                Assert.Contains(Compact(section.Heading), compact);
            Assert.Contains("第14章第3条标题", compact);
            Assert.Contains("合同履行：双方按约定履行各自的权利和义务。", compact);

            // The footer counts pages from the fields: the contents page says 第 2 页 共 N 页.
            var (_, info) = Run("pdfinfo", [pdf]);
            var pages = int.Parse(PagesLine().Match(info).Groups[1].Value);
            output.WriteLine($"{pages} pages");
            Assert.Contains($"第2{page}共{pages}{page}", compact);

            // Contents entries are listed with page numbers after the dot leader.
            Assert.Matches(@"第一章定义与解释[.…·]*\d+", compact);
            output.WriteLine(text[..Math.Min(text.Length, 1500)]);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Compact(string text) => Whitespace().Replace(text, string.Empty);

    private static (int Code, string Output) Run(string program, string[] arguments) =>
        ProcessRunner.RunTool(program, arguments, Timeout, "LibreOffice and poppler-utils");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
