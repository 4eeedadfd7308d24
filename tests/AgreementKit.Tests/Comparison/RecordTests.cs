using AgreementKit.Diagnostics;
using AgreementKit.Layout;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Layout;
using AgreementKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Comparison;

/// <summary>Agreements carry their record: the pack, version, locale and exact parameters come back out of the DOCX and the PDF.</summary>
public sealed class RecordTests
{
    private const string Pack = "sales-crm-responsibility";

    [Theory]
    [InlineData(OutputFormat.Docx)]
    [InlineData(OutputFormat.Pdf)]
    public void A_document_gives_back_its_pack_locale_and_exact_parameters(OutputFormat format)
    {
        var example = ExampleCases.Engine.GetPack(Pack).GetExample("zh-Hant")!;
        var agreement = ExampleCases.Engine.Assemble(Pack, AgreementParameters.FromJson(example), "zh-Hant");
        var record = AgreementRecord.Read(ExampleCases.Engine.WriteToArray(agreement, format));

        Assert.Equal((Pack, "zh-Hant"), (record.PackId, record.Locale));
        Assert.Equal(ExampleCases.Engine.GetPack(Pack).Version, record.PackVersion);
        Assert.True(JToken.DeepEquals(JObject.Parse(example), JObject.Parse(record.ParametersJson)));
        Assert.Equal(agreement.Chapters.Select(c => (c.Id, c.Heading)), record.Agreement.Chapters.Select(c => (c.Id, c.Heading)));
    }

    [Fact]
    public void Rendering_a_record_again_reproduces_the_document_byte_for_byte()
    {
        var agreement = ExampleCases.Assemble("agent-loyalty-strategy", "zh-Hans", "intermediary");
        var docx = ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Docx);
        var record = AgreementRecord.Read(docx);
        var again = ExampleCases.Engine.Assemble(record.PackId, record.ToParameters(), record.Locale);
        Assert.Equal(docx, ExampleCases.Engine.WriteToArray(again, OutputFormat.Docx));
        Assert.Equal(ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Pdf), ExampleCases.Engine.WriteToArray(again, OutputFormat.Pdf));
    }

    public static TheoryData<string, string, string> Cases() => ExampleCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_recorded_agreement_is_the_whole_agreement_it_writes_the_same_DOCX(string pack, string locale, string lead)
    {
        var docx = ExampleCases.Engine.WriteToArray(ExampleCases.Assemble(pack, locale, lead), OutputFormat.Docx);
        Assert.Equal(docx, ExampleCases.Engine.WriteToArray(AgreementRecord.Read(docx).Agreement, OutputFormat.Docx));
    }

    [Fact]
    public void The_record_survives_an_edit_and_save_of_the_document()
    {
        var docx = ExampleCases.Engine.WriteToArray(ExampleCases.Assemble(Pack, "zh-Hans", "-"), OutputFormat.Docx);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var first = package.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First();
            first.Text += "（已修改）";
        }

        Assert.Equal(Pack, AgreementRecord.Read(stream.ToArray()).PackId);
    }

    [Fact]
    public void A_PDF_rewritten_by_qpdf_with_object_streams_still_gives_its_record()
    {
        using var dir = new TempFolder();
        var pdf = dir["a.pdf"];
        File.WriteAllBytes(pdf, ExampleCases.Engine.WriteToArray(ExampleCases.Assemble(Pack, "zh-Hans", "-"), OutputFormat.Pdf));
        var (code, output) = ExternalTool.Run("qpdf", "--object-streams=generate", "--compress-streams=y", pdf, dir["b.pdf"]);
        Assert.True(code == 0, output);
        var (check, log) = ExternalTool.Run("qpdf", "--check", pdf);
        Assert.True(check == 0, log);
        Assert.Equal(Pack, AgreementRecord.ReadFile(dir["b.pdf"]).PackId);
        var (list, attachments) = ExternalTool.Run("qpdf", "--list-attachments", pdf);
        Assert.True(list == 0 && attachments.Contains("agreementkit-record.json", StringComparison.Ordinal), attachments);
    }

    [Fact]
    public void A_PDF_A_carries_no_record_and_says_to_use_the_DOCX()
    {
        var engine = new AgreementEngine(new AgreementEngineOptions { PdfA = true });
        var pdf = engine.WriteToArray(ExampleCases.Assemble(Pack, "zh-Hans", "-"), OutputFormat.Pdf);
        var e = Assert.Throws<AgreementKitException>(() => AgreementRecord.Read(pdf, "a.pdf"));
        Assert.Equal(DiagnosticCodes.NoRecord, Assert.Single(e.Diagnostics).Code);
        Assert.Contains("PDF/A", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_record_is_a_clear_error()
    {
        var e = Assert.Throws<AgreementKitException>(() => AgreementRecord.Read("{\"a\":1}"u8.ToArray(), "params.json"));
        Assert.Contains("neither a DOCX nor a PDF", e.Diagnostics[0].Message, StringComparison.Ordinal);
        var plain = AgreementKit.Tests.Writers.Docx.DocxFile.Bytes(AgreementKit.Tests.Writers.Docx.SampleAgreements.Full("zh-Hans"));
        e = Assert.Throws<AgreementKitException>(() => AgreementRecord.Read(plain, "x.docx"));
        Assert.Contains("carries no AgreementKit record", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }
}
