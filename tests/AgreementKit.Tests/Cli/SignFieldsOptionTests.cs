using AgreementKit.Tests.Batch;
using UglyToad.PdfPig;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Cli;

/// <summary><c>--no-sign-fields</c> leaves the PDF's signature fields and the DOCX's signing bookmarks out, in render and batch.</summary>
public sealed class SignFieldsOptionTests
{
    private static bool HasForm(string pdf)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        return document.TryGetForm(out var form) && form.Fields.Count > 0;
    }

    private static bool HasSigningBookmarks(string docx)
    {
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        return package.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>()
            .Any(b => b.Name!.Value!.StartsWith("sig.", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_puts_fields_in_by_default_and_leaves_them_out_when_asked()
    {
        using var dir = new TempFolder();
        var with = CliRun.Of("render", "sales-crm-responsibility", "--example", "--format", "pdf,docx", "--out", dir["with"]);
        var without = CliRun.Of("render", "sales-crm-responsibility", "--example", "--format", "pdf,docx", "--no-sign-fields", "--out", dir["without"]);
        Assert.True(with.ExitCode == 0, with.Error);
        Assert.True(without.ExitCode == 0, without.Error);
        Assert.True(HasForm(Path.Combine(dir["with"], "sales-crm-responsibility.pdf")));
        Assert.True(HasSigningBookmarks(Path.Combine(dir["with"], "sales-crm-responsibility.docx")));
        Assert.False(HasForm(Path.Combine(dir["without"], "sales-crm-responsibility.pdf")));
        Assert.False(HasSigningBookmarks(Path.Combine(dir["without"], "sales-crm-responsibility.docx")));
    }

    [Fact]
    public void Batch_leaves_them_out_when_asked_and_a_resume_with_other_settings_redoes_the_rows()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1");
        var first = CliRun.Of("batch", Crm, "--data", csv, "--defaults", defaults, "--out", dir["out"], "--format", "pdf", "--no-sign-fields", "--quiet");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.False(HasForm(Path.Combine(dir["out"], "HT-1.pdf")));

        // The setting is part of what a row's files are made from: resuming without it redoes the row.
        var again = CliRun.Of("batch", Crm, "--data", csv, "--defaults", defaults, "--out", dir["out"], "--format", "pdf", "--resume", "--quiet");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.True(HasForm(Path.Combine(dir["out"], "HT-1.pdf")));
    }
}
