using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using AgreementKit.Diagnostics;
using AgreementKit.Templates.Packs;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Support;
using CsCheck;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// One end-to-end test (at least) per promise R1–R17 of the reliability notes §6, named after it. Deeper
/// proofs live elsewhere and are named in each test's comment; these exercise the promise through the
/// public engine or the command line, as a user meets it.
/// </summary>
public sealed class PromiseTests
{
    private const string Crm = "sales-crm-responsibility";
    private static readonly AgreementEngine Engine = ExampleCases.Engine;

    private static JObject CrmExample() => ExampleCases.Parameters(Crm, "zh-Hans", "-");

    private static IReadOnlyList<Diagnostic> Errors(string json, string file = "p.json") =>
        Engine.Validate(Crm, AgreementParameters.FromJson(json, file)).Diagnostics.Where(d => d.IsError).ToList();

    private static string Text(AgreementKit.Model.Agreement agreement) => Encoding.UTF8.GetString(Engine.WriteToArray(agreement, OutputFormat.Text));

    // R1 (not in the table): the pipeline never crashes on any input; only typed diagnostics come back.
    // Also: HostileTextPropertyTests, FuzzRegressionTests and fuzz/run.
    [Fact]
    public void R1_any_bytes_end_in_typed_diagnostics_never_an_exception()
    {
        var tokens = Gen.OneOf(Gen.Const("{"), Gen.Const("}"), Gen.Const("["), Gen.Const("]"), Gen.Const(":"), Gen.Const(","), Gen.Const("\"company\""),
            Gen.Const("\"name\""), Gen.Const("1e400"), Gen.Const("null"), Gen.Const("\"\\ud800\""), Gen.Const("\"甲方\""), Gen.Const(" "), Gen.Const("\n"));
        var inputs = Gen.Frequency(
            (1, Gen.Byte.Array[0, 200]),
            (3, tokens.Array[0, 40].Select(t => Encoding.UTF8.GetBytes(string.Concat(t)))));
        inputs.Sample(bytes =>
        {
            var outcome = PipelineOracle.Run(Engine, Crm, "zh-Hans", AgreementParameters.FromUtf8(bytes, "r1.json"), writePdf: false);
            Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));
            Assert.False(outcome.Assembled);
        }, seed: HostileText.Seed, iter: HostileText.Iterations(300), threads: 1, print: b => Convert.ToHexString(b));
    }

    [Fact]
    public void R2_errors_name_file_line_column_and_field_in_plain_words_with_short_echoes()
    {
        var json = CrmExample();
        json["contract"]!["copies"] = new string('长', 500);
        var text = json.ToString();
        var error = Assert.Single(Errors(text));
        Assert.Equal("p.json", error.Location.File);
        Assert.Equal(6, error.Location.Line);
        Assert.Equal(15, error.Location.Column);
        Assert.Equal("contract.copies", error.Location.Path);
        Assert.DoesNotMatch(@"System\.|Int32|Int64|JToken|Exception", error.Message);
        Assert.Contains(new string('长', 79) + "…", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('长', 81), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R3_every_field_error_of_a_document_comes_back_in_one_run()
    {
        var json = CrmExample();
        ((JObject)json["company"]!).Remove("name");
        json["contract"]!["copies"] = "两份";
        json["dispute"]!["method"] = "Arbitration";
        json["salesperson"]!["email"] = "not an email";
        json["term"]!["start"] = "2025-02-30";
        var errors = Errors(json.ToString());
        Assert.Equal(["company.name", "contract.copies", "dispute.method", "salesperson.email", "term.start"],
            errors.Select(e => e.Location.Path ?? e.Message).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("company.name", "null", "AK1107")]
    [InlineData("company.name", "\"　 \"", "AK1108")] // whitespace only, U+3000 included
    [InlineData("timeLimits.complaintRecordHours", "\"24小时\"", "AK1102")]
    [InlineData("timeLimits.complaintRecordHours", "3.5", "AK1102")]
    [InlineData("timeLimits.complaintRecordHours", "\"７\"", "AK1102")]
    [InlineData("timeLimits.complaintRecordHours", "\"24\"", "AK1102")] // numbers as strings
    [InlineData("timeLimits.complaintRecordHours", "0", "AK1104")] // integers ≥ 1
    [InlineData("dispute.method", "\"Arbitration\"", "AK1103")] // enums match exactly
    [InlineData("term.start", "\"2025-02-29\"", "AK1105")] // dates are real
    [InlineData("term.start", "\"2025/01/01\"", "AK1105")] // dates are ISO
    [InlineData("term.end", "\"2024-12-31\"", "AK1111")] // end ≥ start
    public void R4_strict_schema_refuses_without_coercion(string path, string valueJson, string code)
    {
        var json = CrmExample();
        var segments = path.Split('.');
        var parent = segments.Length == 1 ? json : (JObject)json[segments[0]]!;
        parent[segments[^1]] = JToken.Parse(valueJson);
        var errors = Errors(json.ToString());
        Assert.Contains(errors, e => e.Code == code && (e.Location.Path == path || e.Message.Contains(path, StringComparison.Ordinal)));
        Assert.False(Engine.TryAssemble(Crm, AgreementParameters.FromJson(json.ToString())).Succeeded);
    }

    // The README makes AK1106 a warning (the key is ignored), while R4 says "rejected": reported to the lead.
    [Theory]
    [InlineData("company", "nam", "did you mean 'name'?")]
    [InlineData("contract", "copeis", "did you mean 'copies'?")]
    public void R4_unknown_and_misspelt_keys_are_reported_by_name_with_the_closest_known_key(string parent, string key, string hint)
    {
        var json = CrmExample();
        json[parent]![key] = "x";
        var found = Assert.Single(Engine.Validate(Crm, AgreementParameters.FromJson(json.ToString(), "p.json")).Diagnostics);
        Assert.Equal(("AK1106", $"{parent}.{key}"), (found.Code, found.Location.Path));
        Assert.True(found.Location.Line > 0 && found.Location.Column > 0);
        Assert.True(found.Message.Contains(hint, StringComparison.Ordinal), found.Message);
    }

    [Fact]
    public void R4_duplicate_keys_are_refused()
    {
        var text = CrmExample().ToString().Replace("\"copies\": 2", "\"copies\": 2, \"copies\": 2", StringComparison.Ordinal);
        Assert.Equal("AK1003", Assert.Single(Errors(text)).Code);
    }

    [Fact]
    public void R5_utf8_with_bom_and_crlf_is_read_and_gbk_is_refused_with_line_and_byte()
    {
        var text = CrmExample().ToString().Replace("\n", "\r\n", StringComparison.Ordinal);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var agreement = Engine.Assemble(Crm, AgreementParameters.FromUtf8(withBom, "bom.json"), "zh-Hans");
        Assert.Contains("上海澜川智能装备有限公司", Text(agreement), StringComparison.Ordinal);

        var at = text.IndexOf("周秉文", StringComparison.Ordinal);
        var gbk = Encoding.UTF8.GetBytes(text[..at]).Concat(new byte[] { 0xD6, 0xDC }).Concat(Encoding.UTF8.GetBytes(text[(at + 1)..])).ToArray();
        var error = Assert.Single(Engine.Validate(Crm, AgreementParameters.FromUtf8(gbk, "gbk.json")).Diagnostics);
        Assert.Equal("AK1001", error.Code);
        Assert.Equal(text[..at].Count(c => c == '\n') + 1, error.Location.Line);
        Assert.Contains("byte 0xD6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R5_replacement_characters_in_input_are_refused_so_none_reach_the_output()
    {
        var json = CrmExample();
        json["company"]!["name"] = "上海\uFFFD公司";
        var error = Assert.Single(Errors(json.ToString()));
        Assert.Equal(("AK1206", "company.name"), (error.Code, error.Location.Path));
    }

    // Code points, not strings: xunit would turn a lone surrogate in [InlineData] text into U+FFFD.
    [Theory]
    [InlineData(0x202E, "AK1203")] // bidi override
    [InlineData(0x200B, "AK1204")] // zero-width space
    [InlineData(0x0009, "AK1201")] // tab
    [InlineData(0xFFFE, "AK1205")]
    [InlineData(0xD800, "AK1202")] // lone surrogate, even from a JSON object or a .NET string in memory
    [InlineData(0xDC00, "AK1202")]
    public void R6_forbidden_characters_are_refused_naming_field_and_code_point(int codePoint, string code)
    {
        var json = CrmExample();
        json["company"]!["name"] = "上海" + (char)codePoint + "公司";
        foreach (var parameters in new[] { AgreementParameters.FromJObject(json, "object"), AgreementParameters.FromJson(json.ToString(), "text") })
        {
            var error = Assert.Single(Engine.Validate(Crm, parameters).Diagnostics);
            Assert.Equal((code, "company.name"), (error.Code, error.Location.Path));
            // Named as U+D800, or as the escape \uD800 the JSON held.
            Assert.Matches($@"(U\+|\\u){codePoint:X4}", error.Message);
        }
    }

    [Fact]
    public void R6_content_is_never_normalised_or_converted()
    {
        // U+F900 would become U+8C48 under NFC; Traditional must stay Traditional in a Simplified agreement.
        var json = CrmExample();
        json["company"]!["name"] = "豈臺灣裏面台湾里面ｶﾞ有限公司";
        json["company"]!["legalRepresentative"] = "张三👨‍👩‍👧";
        var agreement = Engine.Assemble(Crm, AgreementParameters.FromJObject(json), "zh-Hans");
        using var docx = WordprocessingDocument.Open(new MemoryStream(Engine.WriteToArray(agreement, OutputFormat.Docx)), false);
        var paragraphs = PipelineOracle.Paragraphs(docx).ToList();
        Assert.Contains(paragraphs, p => p.Contains("豈臺灣裏面台湾里面ｶﾞ有限公司", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("张三👨‍👩‍👧", StringComparison.Ordinal));
        // The bundled PDF fonts have no emoji: the PDF is refused by name, never drawn with blanks.
        var refusal = Assert.Throws<AgreementKitException>(() => Engine.WriteToArray(agreement, OutputFormat.Pdf)).Diagnostics.Single();
        Assert.Equal(("AK4001", "company.legalRepresentative"), (refusal.Code, refusal.Location.Path));
    }

    [Fact]
    public void R7_limits_are_enforced_before_work()
    {
        // Larger than 4 MiB: refused from its size alone, with the file named.
        var big = new byte[5 * 1024 * 1024];
        Array.Fill(big, (byte)' ');
        Assert.Equal("AK1004", Assert.Single(Engine.Validate(Crm, AgreementParameters.FromUtf8(big, "big.json")).Diagnostics).Code);
        // 65 levels deep: refused by the syntax pass.
        var deep = "{\"a\":" + new string('[', 64) + new string(']', 64) + "}";
        Assert.Equal("AK1005", Assert.Single(Errors(deep)).Code);
        // A name longer than the schema's 200 characters.
        var json = CrmExample();
        json["company"]!["name"] = new string('长', 201);
        Assert.Equal(("AK1109", "company.name"), (Assert.Single(Errors(json.ToString())).Code, Assert.Single(Errors(json.ToString())).Location.Path));
    }

    [Fact]
    public void R7_rendering_every_shipped_agreement_in_every_format_stays_under_one_gibibyte()
    {
        foreach (var (pack, locale, lead) in ExampleCases.All())
        {
            var agreement = ExampleCases.Assemble(pack, locale, lead ?? "-");
            foreach (var format in Enum.GetValues<OutputFormat>()) Engine.WriteToArray(agreement, format);
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Assert.InRange(self.PeakWorkingSet64, 1, 1L << 30);
    }

    [Fact]
    public void R8_data_is_printed_literally_never_run_as_template_code()
    {
        var json = CrmExample();
        json["company"]!["name"] = "{{ 6*7 }}{{ company.name | object.eval_template }}";
        json["salesperson"]!["name"] = "## 第一章 @ref(definitions) - 项";
        var text = Text(Engine.Assemble(Crm, AgreementParameters.FromJObject(json), "zh-Hans"));
        Assert.Contains("{{ 6*7 }}{{ company.name | object.eval_template }}", text, StringComparison.Ordinal);
        Assert.Contains("## 第一章 @ref(definitions) - 项", text, StringComparison.Ordinal);
        Assert.DoesNotContain("42", text.Replace("2024", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "AK2103")]
    [InlineData("{{ include \"../../etc/passwd\" }}", "AK2106")]
    [InlineData("{{ company.name | object.eval_template }}", "AK2102")]
    [InlineData("{{ date.now }}", "AK2102")]
    [InlineData("{{ compnay.name }}", "AK2102")]
    [InlineData("{{ \"a\" * 100000000 }}", "AK2105")]
    [InlineData("{{ if }}", "AK2101")]
    public void R9_a_hostile_pack_template_fails_fast_located_and_writes_nothing(string statement, string code)
    {
        var engine = HostilePackEngine(statement, out var line);
        Assert.True(engine.Validate("hostile", AgreementParameters.FromJson(Who)).IsValid);
        var result = engine.TryAssemble("hostile", AgreementParameters.FromJson(Who));
        Assert.Null(result.Agreement);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("zh-Hans.scriban", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
        Assert.True(error.Location.Column > 0);
    }

    private const string Who = """{ "company": { "name": "甲" } }""";

    private static AgreementEngine HostilePackEngine(string statement, out int line)
    {
        var options = new AgreementEngineOptions();
        options.PackSources.Clear();
        options.PackSources.Add(TemplatePackSource.FromFiles(new Dictionary<string, string>
        {
            ["hostile/manifest.json"] = """{ "id": "hostile", "version": "1.0.0", "title": { "zh-Hans": "测试" }, "locales": ["zh-Hans"] }""",
            ["hostile/schema.json"] = """{ "type": "object", "additionalProperties": false, "properties": { "company": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "maxLength": 20 } } } } }""",
            ["hostile/zh-Hans.scriban"] = "@title 测试\n## 总则\n{{ company.name }}负责。\n" + statement + "\n",
        }));
        line = 4;
        return new AgreementEngine(options);
    }

    [Fact]
    public void R10_every_shipped_docx_passes_the_validator_and_the_self_checks_and_every_pdf_holds_the_values()
    {
        foreach (var (pack, locale, lead) in ExampleCases.All())
        {
            var tag = ExampleCases.Tag(pack, locale, lead ?? "-");
            var json = ExampleCases.Parameters(pack, locale, lead ?? "-");
            var outcome = PipelineOracle.Run(Engine, pack, locale, AgreementParameters.FromJObject(json));
            Assert.True(outcome.Problems.Count == 0, tag + ": " + string.Join("\n", outcome.Problems));

            using var docx = WordprocessingDocument.Open(new MemoryStream(outcome.Docx!), false);
            var body = docx.MainDocumentPart!.Document!.Body!;
            Assert.All(body.Descendants<TableCell>(), cell => Assert.NotEmpty(cell.Elements<Paragraph>()));
            var docPrIds = docx.MainDocumentPart.Parts.Select(p => p.OpenXmlPart.RootElement).Prepend(docx.MainDocumentPart.Document)
                .Where(r => r is not null).SelectMany(r => r!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()).Select(d => d.Id!.Value).ToList();
            Assert.Equal(docPrIds.Count, docPrIds.Distinct().Count());
            Assert.IsType<SectionProperties>(body.LastChild);
            var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet(StringComparer.Ordinal);
            Assert.All(body.Descendants<Hyperlink>().Where(h => h.Anchor is not null), h => Assert.Contains(h.Anchor!.Value!, bookmarks));
            Assert.All(body.Descendants<FieldCode>().Select(f => f.Text.Trim()).Where(f => f.StartsWith("PAGEREF", StringComparison.Ordinal)),
                f => Assert.Contains(f.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], bookmarks));

            foreach (var value in new[] { "company.name", "contract.number", "company.address" }.Select(p => (string)json.SelectToken(p)!))
            {
                Assert.Contains(outcome.DocxParagraphs, p => p.Contains(value, StringComparison.Ordinal));
                Assert.True(PipelineOracle.ContainsIgnoringWhitespace(outcome.PdfText!, value), $"{tag}: the PDF text lacks {value}");
            }
        }
    }

    [Fact]
    public void R12_outputs_stay_where_they_are_told_links_and_includes_are_refused()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("outside.docx", "not yours");
        var link = folder["link.docx"];
        File.CreateSymbolicLink(link, outside);
        var run = CliRun.Of("render", Crm, "--example", "--format", "docx", "--out", link);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("symbolic link", run.Error, StringComparison.Ordinal);
        Assert.Equal("not yours", File.ReadAllText(outside));
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(["link.docx", "outside.docx"], folder.Files());

        var result = HostilePackEngine("{{ include \"/etc/passwd\" }}", out _).TryAssemble("hostile", AgreementParameters.FromJson(Who));
        Assert.Equal("AK2106", Assert.Single(result.Diagnostics).Code);
        Assert.DoesNotContain("root:", string.Join("\n", result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void R13_a_failure_in_any_format_writes_no_file_at_all()
    {
        // 𠀀 (U+20000) is valid text and goes into the DOCX, but no bundled PDF font draws it: docx,pdf must
        // then write neither file, not the DOCX alone.
        using var folder = new TempFolder();
        var json = CrmExample();
        json["company"]!["name"] = "𠀀科技有限公司";
        var p = folder.Write("p.json", json.ToString());
        var outFolder = folder["out"];
        var run = CliRun.Of("render", Crm, "--params", p, "--format", "docx,pdf", "--out", outFolder);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error AK4001:", run.Error, StringComparison.Ordinal);
        Assert.Contains("U+20000", run.Error, StringComparison.Ordinal);
        Assert.Equal(["p.json"], folder.Files());
    }

    [Fact]
    public void R13_atomic_outputs_replace_a_file_whole_and_leave_no_temporary_file()
    {
        using var folder = new TempFolder();
        var target = folder.Write("a.docx", "old");
        Engine.WriteFile(ExampleCases.Assemble(Crm, "zh-Hans", "-"), OutputFormat.Docx, target);
        using (var zip = ZipFile.OpenRead(target)) Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
        Assert.Equal(["a.docx"], folder.Files());
        Assert.ThrowsAny<IOException>(() => Engine.WriteFile(ExampleCases.Assemble(Crm, "zh-Hans", "-"), OutputFormat.Docx, folder.Path));
        Assert.Equal(["a.docx"], folder.Files());
    }

    [Fact]
    public void R16_the_same_input_gives_the_same_bytes()
    {
        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Text })
        {
            var first = Engine.WriteToArray(ExampleCases.Assemble("agent-loyalty-strategy", "zh-Hant", "intermediary"), format);
            var second = new AgreementEngine().WriteToArray(ExampleCases.Assemble("agent-loyalty-strategy", "zh-Hant", "intermediary"), format);
            Assert.True(first.AsSpan().SequenceEqual(second), $"{format} differs between two runs");
        }
    }

    [Theory]
    [InlineData("007")]
    [InlineData("1E5")]
    [InlineData("=1+2")]
    public void R17_ids_stay_text(string number)
    {
        var json = CrmExample();
        json["contract"]!["number"] = number;
        json["salesperson"]!["employeeId"] = number;
        var text = Text(Engine.Assemble(Crm, AgreementParameters.FromJObject(json), "zh-Hans"));
        Assert.Contains("：" + number, text, StringComparison.Ordinal);
    }
}
