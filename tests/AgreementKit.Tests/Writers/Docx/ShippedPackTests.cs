using AgreementKit.Model;
using AgreementKit.Tests.Templates;
using AgreementKit.Writers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace AgreementKit.Tests.Writers.Docx;

/// <summary>Every shipped pack's example, rendered and assembled as the pipeline does, makes a valid DOCX.</summary>
public sealed class ShippedPackTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var pack in Directory.GetDirectories(Path.Combine(RepositoryRoot(), "templates")).Order(StringComparer.Ordinal))
        foreach (var locale in new[] { "zh-Hans", "zh-Hant" })
            if (File.Exists(Path.Combine(pack, $"{locale}.scriban")))
                data.Add(Path.GetFileName(pack), locale);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_of_a_shipped_pack_writes_a_valid_DOCX(string pack, string locale)
    {
        var folder = Path.Combine(RepositoryRoot(), "templates", pack);
        var rendered = TemplateRendering.Render(File.ReadAllText(Path.Combine(folder, $"{locale}.scriban")), File.ReadAllText(Path.Combine(folder, $"example.{locale}.json")), locale);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        var (agreement, diagnostics) = AgreementAssembler.Assemble(rendered.Text!, $"{pack}/{locale}.scriban", locale);
        Assert.True(agreement is not null, string.Join("\n", diagnostics));

        using var docx = DocxFile.Write(agreement!);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Id} {e.Path?.XPath}: {e.Description}")));
        Assert.Equal(
            agreement!.Sections.Where(DocumentLabels.InContents).Select(s => s.Heading),
            docx.ParagraphsWithStyle(AgreementKit.Writers.Docx.StyleIds.Heading1).Select(DocxFile.Visible));
        Assert.Equal(
            docx.ParagraphsWithStyle(AgreementKit.Writers.Docx.StyleIds.Heading1).Select(h => h.Elements<BookmarkStart>().Single().Name!.Value),
            docx.Body.Descendants<Hyperlink>().Select(h => h.Anchor!.Value));
        Assert.All(docx.Body.Descendants<TableCell>(), cell => Assert.NotEmpty(cell.Elements<Paragraph>()));
        Assert.IsType<SectionProperties>(docx.Body.LastChild);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "AgreementKit.sln"))) return directory.FullName;
        throw new InvalidOperationException($"no AgreementKit.sln above {AppContext.BaseDirectory}");
    }
}
