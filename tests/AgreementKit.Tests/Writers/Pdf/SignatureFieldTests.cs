using AgreementKit.Backends.Pdf;
using AgreementKit.Model;
using AgreementKit.Tests.Layout;
using AgreementKit.Tests.Support;
using AgreementKit.Writers.Pdf;
using Newtonsoft.Json.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Tokens;
using Xunit.Abstractions;

namespace AgreementKit.Tests.Writers.Pdf;

/// <summary>
/// E-signature ready PDFs: one unsigned signature field per signing party on its signing line
/// (sig.&lt;key&gt;), one per organisation on its seal line (seal.&lt;key&gt;), each a printed widget with an
/// appearance stream, read back by PdfPig and by qpdf; deterministic, PDF/A-compatible, text untouched.
/// </summary>
public sealed class SignatureFieldTests(ITestOutputHelper output)
{
    private sealed record Field(string Name, int Page, UglyToad.PdfPig.Core.PdfRectangle Rect, DictionaryToken Widget);

    private static byte[] Pdf(Agreement agreement, bool pdfA = false, bool fields = true)
    {
        using var stream = new MemoryStream();
        var result = PdfAgreementWriter.Write(agreement, stream, pdfA: pdfA, signatureFields: fields);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    private static List<Field> Fields(PdfDocument pdf)
    {
        Assert.True(pdf.TryGetForm(out var form), "the PDF has no AcroForm");
        var fields = new List<Field>();
        foreach (var top in form.Fields)
        {
            var parent = Assert.IsType<AcroNonTerminalField>(top);
            foreach (var child in parent.Children)
            {
                var field = Assert.IsType<AcroSignatureField>(child);
                fields.Add(new Field($"{parent.Information.PartialName}.{field.Information.PartialName}", field.PageNumber!.Value, field.Bounds!.Value, field.Dictionary));
            }
        }

        return fields;
    }

    [Fact]
    public void Every_shipped_edition_has_a_field_per_signing_party_and_per_seal_on_its_lines()
    {
        foreach (var (pack, locale, lead) in ExampleCases.All())
        {
            var agreement = ExampleCases.Assemble(pack, locale, lead ?? "-");
            using var pdf = PdfDocument.Open(Pdf(agreement));
            var fields = Fields(pdf);
            var expected = agreement.Parties.Where(p => p.Kind == PartyKind.Organization).Select(p => "seal." + p.Key)
                .Concat(agreement.Parties.Select(p => "sig." + p.Key)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, fields.Select(f => f.Name).Order(StringComparer.Ordinal));
            output.WriteLine($"{pack} {locale} {lead}: {string.Join(", ", fields.Select(f => $"{f.Name} p{f.Page} [{f.Rect.Left:0.#} {f.Rect.Bottom:0.#} {f.Rect.Right:0.#} {f.Rect.Top:0.#}]"))}");

            var sign = locale == "zh-Hant" ? "簽名：" : "签字：";
            var page = pdf.GetPage(fields[0].Page);
            Assert.All(fields, f => Assert.Equal(page.Number, f.Page));
            // Each signing field starts just after a 签字： label and sits on its baseline, within the page.
            var labels = page.Letters.Where((l, i) => l.Value == "：" && i >= 2 && page.Letters[i - 2].Value + page.Letters[i - 1].Value + "：" == sign).ToList();
            Assert.Equal(agreement.Parties.Count, labels.Count);
            foreach (var (field, party) in fields.Where(f => f.Name.StartsWith("sig.", StringComparison.Ordinal)).OrderBy(f => f.Rect.Left).Zip(agreement.Parties))
            {
                Assert.Equal("sig." + party.Key, field.Name);
                var label = labels.OrderBy(l => Math.Abs(field.Rect.Left - l.EndBaseLine.X)).First();
                Assert.InRange(field.Rect.Left - label.EndBaseLine.X, 0, 6);
                Assert.InRange(label.StartBaseLine.Y - field.Rect.Bottom, 2, 6);
                Assert.InRange(field.Rect.Height, 20, 40);
                Assert.True(field.Rect.Right <= page.Width - HouseStyleMargin + 0.5, $"{field.Name} runs past the text column");
            }

            foreach (var field in fields)
            {
                // Printed, not hidden (PDF/A); an appearance stream; a signature field with no value yet.
                Assert.Equal(4, ((NumericToken)field.Widget.Data["F"]).Int);
                Assert.True(field.Widget.Data.TryGetValue("AP", out var appearance) && appearance is DictionaryToken ap && ap.Data.ContainsKey("N"));
                Assert.Equal("Sig", ((NameToken)field.Widget.Data["FT"]).Data);
                Assert.False(field.Widget.Data.ContainsKey("V"));
            }
        }
    }

    private const double HouseStyleMargin = AgreementKit.Writers.HouseStyle.MarginRight;

    [Fact]
    public void Qpdf_reads_the_fields_with_their_full_names_and_flags()
    {
        var agreement = ExampleCases.Assemble("agent-loyalty-strategy", "zh-Hant", "intermediary");
        var path = Path.Combine(Path.GetTempPath(), $"agreementkit-{Environment.ProcessId}-fields.pdf");
        File.WriteAllBytes(path, Pdf(agreement));
        try
        {
            var (check, checkText) = ExternalTool.Run("qpdf", "--check", path);
            Assert.True(check == 0 && !checkText.Contains("WARNING", StringComparison.OrdinalIgnoreCase), checkText);
            var (code, json) = ExternalTool.Run("qpdf", "--json", "--json-key=acroform", path);
            Assert.Equal(0, code);
            var acroform = JObject.Parse(json)["acroform"]!;
            Assert.True(acroform.Value<bool>("hasacroform"));
            var fields = acroform["fields"]!.Select(f => (Name: f.Value<string>("fullname"), Type: f.Value<string>("fieldtype"), Flags: f["annotation"]!.Value<int>("annotationflags"), Tip: f.Value<string>("alternativename"))).ToList();
            Assert.Equal(["seal.company", "seal.intermediary", "sig.agent", "sig.company", "sig.intermediary"], fields.Select(f => f.Name).Order(StringComparer.Ordinal));
            Assert.All(fields, f => Assert.Equal(("/Sig", 4), (f.Type, f.Flags)));
            Assert.Contains(("sig.agent", "乙方簽名"), fields.Select(f => (f.Name, f.Tip)));
            Assert.Contains(("seal.company", "甲方蓋章"), fields.Select(f => (f.Name, f.Tip)));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Fields_leave_the_text_and_the_pages_as_they_were_and_the_bytes_repeat()
    {
        var agreement = ExampleCases.Assemble("sales-crm-responsibility", "zh-Hans", "-");
        var with = Pdf(agreement);
        Assert.Equal(with, Pdf(agreement));
        var without = Pdf(agreement, fields: false);
        Assert.Equal(without, Pdf(agreement, fields: false));

        using var a = PdfDocument.Open(with);
        using var b = PdfDocument.Open(without);
        Assert.False(b.TryGetForm(out _));
        Assert.Equal(b.NumberOfPages, a.NumberOfPages);
        for (var p = 1; p <= a.NumberOfPages; p++)
            Assert.Equal(string.Concat(b.GetPage(p).Letters.Select(l => l.Value)), string.Concat(a.GetPage(p).Letters.Select(l => l.Value)));
        // The fields are an update appended to the same drawing: everything before it is the same file.
        var original = PdfBytes.ToText(without);
        Assert.Equal(original[..original.IndexOf("xref", StringComparison.Ordinal)], PdfBytes.ToText(with)[..original.IndexOf("xref", StringComparison.Ordinal)]);
    }

    [Fact]
    public void The_text_read_back_is_the_text_laid_out()
    {
        var agreement = ExampleCases.Assemble("sales-crm-responsibility", "zh-Hant", "-");
        using var stream = new MemoryStream();
        var result = PdfAgreementWriter.Write(agreement, stream);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var laidOut = result.Layout!.PageLines();
        Assert.Equal(laidOut.Count, pdf.NumberOfPages);
        // Every page but the contents (whose entries PageLines does not list), the signature page included.
        for (var p = 0; p < laidOut.Count; p++)
            if (!result.Layout.Pages[p].Placements.Any(x => x.Block is AgreementKit.Layout.Elements.TocLayout))
                Assert.Equal(string.Concat(laidOut[p]).Replace("\n", ""), string.Concat(pdf.GetPage(p + 1).Letters.Select(l => l.Value)));
    }

    [Fact]
    public void PdfA_output_keeps_the_fields_as_PdfA_2_allows_them()
    {
        var agreement = ExampleCases.Assemble("sales-crm-responsibility", "zh-Hans", "-");
        var bytes = Pdf(agreement, pdfA: true);
        Assert.Equal(bytes, Pdf(agreement, pdfA: true));
        var text = PdfBytes.ToText(bytes);
        Assert.Contains("pdfaid:part", text);
        Assert.DoesNotContain("/NeedAppearances", text);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(["seal.company", "sig.company", "sig.salesperson"], Fields(pdf).Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(Fields(pdf), f => Assert.Equal(4, ((NumericToken)f.Widget.Data["F"]).Int));
        var path = Path.Combine(Path.GetTempPath(), $"agreementkit-{Environment.ProcessId}-pdfa-fields.pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            var (code, checkText) = ExternalTool.Run("qpdf", "--check", path);
            Assert.True(code == 0 && !checkText.Contains("WARNING", StringComparison.OrdinalIgnoreCase), checkText);
        }
        finally { File.Delete(path); }
    }
}
