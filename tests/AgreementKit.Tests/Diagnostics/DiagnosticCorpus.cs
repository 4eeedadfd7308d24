using System.Text;
using System.Text.Json;
using AgreementKit.Batch;
using AgreementKit.Batch.Output;
using AgreementKit.Diagnostics;
using AgreementKit.Model;
using AgreementKit.Parameters;
using AgreementKit.Templates.Packs;
using AgreementKit.Tests.Batch;
using AgreementKit.Tests.Cli;
using AgreementKit.Tests.Lint;
using AgreementKit.Tests.Parameters;
using AgreementKit.Tests.Reliability;
using AgreementKit.Tests.Support;
using AgreementKit.Tests.Templates;
using AgreementKit.Tests.Templates.Sandbox;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Tests.Diagnostics;

/// <summary>
/// Every diagnostic the test suite's bad inputs and hostile templates produce, gathered once, for checks
/// that must hold for every message and every location. The inputs are the suite's own where it keeps them
/// as data (hostile templates, runtime error cases, malformed JSON, wrong types, ranges, dates, hostile text
/// fragments, fuzz crashes), and damage done here to every shipped example: each value replaced by wrong
/// ones, the file cut at many places, broken batch files, broken packs, broken markup, planted lint problems.
/// </summary>
internal static class DiagnosticCorpus
{
    private const string Crm = "sales-crm-responsibility";
    private const string Agent = "agent-loyalty-strategy";

    private static readonly Lazy<IReadOnlyList<(string Source, Diagnostic Diagnostic)>> Gathered = new(Gather);

    /// <summary>Each diagnostic with where it came from in the corpus.</summary>
    public static IReadOnlyList<(string Source, Diagnostic Diagnostic)> All => Gathered.Value;

    private static AgreementEngine Engine => ExampleCases.Engine;

    private static List<(string, Diagnostic)> Gather()
    {
        var all = new List<(string, Diagnostic)>();
        void Add(string source, IEnumerable<Diagnostic> diagnostics) => all.AddRange(diagnostics.Select(d => (source, d)));

        Add("hostile templates", HostileTemplates());
        Add("malformed parameter files", MalformedFiles());
        Add("test pack values", TestPackValues());
        Add("damaged examples", DamagedExamples());
        Add("hostile text", HostileValues());
        Add("fuzz crashes", FuzzCases());
        Add("objects", Objects());
        Add("batches", Batches());
        Add("packs", BrokenPacks());
        Add("markup", BrokenMarkup());
        Add("lint", PlantedLintProblems());
        return all;
    }

    private static IEnumerable<Diagnostic> HostileTemplates()
    {
        const string company = """{ "company": { "name": "{{ 6*7 }}" } }""";
        var templates = HostileTemplateTests.Cases.Select(row => (string)row[1])
            .Concat(RuntimeMessageTests.Cases.Select(row => (string)row[0]))
            .Concat(["{{ n = 5 }}{{ n.nope }}", "第一行\n甲方\uFDD1", "{{ zh.date \"2025-02-30\" }}", "{{ zh.upper_money \"x\" }}", "{{ company.name | string.to_int | zh.number }}",
                "{{ if }}", "{{ for }}", "{{ end }}", "{{ func }}", "{{ x = }}", "{{ a.b.c.d }}", "{{ [1,2][\"x\"] }}", "{{ 1 | array.first }}"]);
        foreach (var template in templates)
        foreach (var diagnostic in TemplateRendering.Render(template, company).Diagnostics)
            yield return diagnostic;
        var hurried = new AgreementKit.Templates.Sandbox.SandboxedRenderer(new AgreementKit.Templates.Sandbox.SandboxOptions { TimeBudget = TimeSpan.FromMilliseconds(50) });
        foreach (var diagnostic in TemplateRendering.Render("{{ for i in 1..9999; x = \"x\" * 1000000 | string.md5; end }}", renderer: hurried).Diagnostics)
            yield return diagnostic;
    }

    private static IEnumerable<Diagnostic> MalformedFiles()
    {
        var reader = new ParameterReader();
        IEnumerable<byte[]> inputs = ParameterReaderTests.Malformed.Select(row => Encoding.UTF8.GetBytes((string)row[0]));
        var example = Encoding.UTF8.GetBytes(Engine.GetPack(Crm).GetExample("zh-Hans")!);
        // The example cut at many places: every kind of unfinished JSON.
        inputs = inputs.Concat(Enumerable.Range(1, 60).Select(i => example[..(example.Length * i / 61)]));
        inputs = inputs.Concat(
        [
            [], "   \n"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0x7B, 0x22, 0xD5, 0xC5, 0x22, 0x3A, 0x31, 0x7D], [0xFF, 0xFE, 0x7B, 0x00],
            Encoding.UTF8.GetBytes("{\"a\": \"\\uD800\"}"), Encoding.UTF8.GetBytes("{\"\\uDC00\": 1}"), Encoding.UTF8.GetBytes("{\"a\": 1, \"a\": 2}"),
            Encoding.UTF8.GetBytes(new string('[', 100) + new string(']', 100)), Encoding.UTF8.GetBytes("{\"a\": " + new string('[', 70) + new string(']', 70) + "}"),
            Encoding.UTF8.GetBytes("{\"a\": \"" + new string('长', 10_001) + "\"}"), Encoding.UTF8.GetBytes("{\"a\": 1e400, \"b\": 123456789012345678901234567890}"),
        ]);
        foreach (var bytes in inputs)
        foreach (var diagnostic in reader.Read(bytes, "params.json").Diagnostics)
            yield return diagnostic;
        foreach (var diagnostic in reader.ReadFile(Path.GetTempPath()).Diagnostics)
            yield return diagnostic;
        foreach (var diagnostic in reader.Read(new byte[5 * 1024 * 1024], "huge.json").Diagnostics)
            yield return diagnostic;
    }

    private static IEnumerable<Diagnostic> TestPackValues()
    {
        var lines = ParameterSchemaTests.WrongTypes.Select(row => (string)row[0]).Concat(ParameterSchemaTests.Ranges.Select(row => (string)row[0]));
        foreach (var line in lines)
        foreach (var diagnostic in ParameterSchemaTests.ValidateWith(line))
            yield return diagnostic;
        foreach (var date in ParameterSchemaTests.BadDates.Select(row => (string)row[0]))
        foreach (var diagnostic in TestPack.Validate(TestPack.Valid.Replace("2025-01-01", date, StringComparison.Ordinal)))
            yield return diagnostic;
        foreach (var diagnostic in TestPack.Validate("""{ "company": { "nmae": "x" }, "leadParty": "intermediary", "term": { "start": "2025-02-01", "end": "2025-01-01" }, "months": 12, "number": "X", "extra": null, "items": [ { "title": 1 } ] }"""))
            yield return diagnostic;
    }

    /// <summary>Every value of every pack's example replaced, one at a time, by values of the wrong kind; required fields removed; keys misspelt.</summary>
    private static IEnumerable<Diagnostic> DamagedExamples()
    {
        JToken[] wrong = [JValue.CreateNull(), "", "  ", 3.5, -1, 0, "24小时", true, new JArray(), new JObject(), "2025-02-30", "x\u202Ey", new string('长', 300)];
        foreach (var pack in new[] { Crm, Agent })
        {
            var example = ExampleCases.Parameters(pack, "zh-Hans", "-");
            var paths = example.Descendants().OfType<JValue>().Select(v => v.Path).ToList();
            foreach (var path in paths)
            {
                foreach (var value in wrong)
                {
                    var json = (JObject)example.DeepClone();
                    json.SelectToken(path)!.Replace(value.DeepClone());
                    foreach (var diagnostic in Engine.Validate(pack, AgreementParameters.FromJson(json.ToString(), "params.json")).Diagnostics)
                        yield return diagnostic;
                }
            }

            foreach (var property in example.Properties().Select(p => p.Name).ToList())
            {
                var json = (JObject)example.DeepClone();
                var removed = json[property]!;
                json.Remove(property);
                json[property[..^1] + property[^1..].ToUpperInvariant()] = removed;
                foreach (var diagnostic in Engine.Validate(pack, AgreementParameters.FromJson(json.ToString(), "params.json")).Diagnostics)
                    yield return diagnostic;
            }

            var unordered = (JObject)example.DeepClone();
            unordered["term"]!["end"] = "2000-01-01";
            if (pack == Agent) unordered["leadParty"] = "intermediary";
            ((JObject)unordered).Remove("intermediary");
            foreach (var diagnostic in Engine.Validate(pack, AgreementParameters.FromJson(unordered.ToString(), "params.json")).Diagnostics)
                yield return diagnostic;
        }

        foreach (var diagnostic in Engine.TryAssemble("nope", AgreementParameters.FromJson("{}")).Diagnostics)
            yield return diagnostic;
        foreach (var diagnostic in Engine.TryAssemble(Crm, AgreementParameters.FromJson(Engine.GetPack(Crm).GetExample("zh-Hans")!), "en-US").Diagnostics)
            yield return diagnostic;
    }

    private static IEnumerable<Diagnostic> HostileValues()
    {
        foreach (var pack in new[] { Crm, Agent })
        foreach (var fragment in HostileText.Fragments)
        {
            var json = ExampleCases.Parameters(pack, "zh-Hans", "-");
            json["company"]!["name"] = "公司" + fragment;
            var result = Engine.TryAssemble(pack, AgreementParameters.FromJObject(json, "params.json"), "zh-Hans");
            foreach (var diagnostic in result.Diagnostics)
                yield return diagnostic;
            if (result.Agreement is null || !fragment.Any(char.IsSurrogate)) continue;
            AgreementKitException? refused = null;
            try
            {
                Engine.WriteToArray(result.Agreement, OutputFormat.Pdf);
            }
            catch (AgreementKitException e)
            {
                refused = e;
            }

            foreach (var diagnostic in refused?.Diagnostics ?? [])
                yield return diagnostic;
        }
    }

    private static IEnumerable<Diagnostic> FuzzCases()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "AgreementKit.Tests", "Reliability", "FuzzCases");
        foreach (var file in FuzzRegressionTests.Cases().Cast<object[]>().Select(row => (string)row[0]))
        {
            var name = file.Split('.');
            foreach (var diagnostic in Engine.TryAssemble(name[0], AgreementParameters.FromUtf8(File.ReadAllBytes(Path.Combine(folder, file)), file), name[1]).Diagnostics)
                yield return diagnostic;
        }
    }

    /// <summary>Values a .NET caller can put in an object but a JSON file cannot hold.</summary>
    private static IEnumerable<Diagnostic> Objects()
    {
        JToken[] values = [new JValue(double.NaN), new JValue(double.PositiveInfinity), new JValue(System.Numerics.BigInteger.Pow(10, 40)), new JRaw("{}"),
            new JValue(new DateTime(2025, 1, 1)), new JValue(Guid.Empty), new JValue(TimeSpan.FromDays(1)), new JValue(new Uri("https://example.com")), new JValue(1e300)];
        foreach (var value in values)
        {
            var json = ExampleCases.Parameters(Crm, "zh-Hans", "-");
            json["contract"]!["copies"] = value;
            json["term"]!["start"] = value.DeepClone();
            foreach (var diagnostic in Engine.Validate(Crm, AgreementParameters.FromJObject(json)).Diagnostics)
                yield return diagnostic;
        }
    }

    private static IEnumerable<Diagnostic> Batches()
    {
        using var dir = new TempFolder();
        var defaults = BatchData.WriteJson(dir.Path, "defaults.json", BatchData.Example(change: j => j["salesperson"]!["nmae"] = "x"));
        var found = new List<Diagnostic>();

        void Run(string data, string output, string pack = Crm, IReadOnlyDictionary<string, string>? map = null, string name = "{contract.number}", string? encoding = null)
        {
            try
            {
                BatchData.Run(BatchData.Options(data, dir[output], pack == Crm ? defaults : null, map) with
                {
                    PackId = pack, Formats = ["txt"], NamePattern = name, Encoding = encoding, CheckOnly = output.EndsWith("check", StringComparison.Ordinal),
                });
            }
            catch (AgreementKitException e)
            {
                found.AddRange(e.Diagnostics);
                return;
            }

            foreach (var line in File.ReadLines(Path.Combine(dir[output], "errors.jsonl")))
            {
                using var report = JsonDocument.Parse(line);
                var row = report.RootElement;
                found.Add(BatchJson.ReadDiagnostic(row, row.GetProperty("row").GetInt32(), row.TryGetProperty("line", out var at) ? at.GetInt32() : 0, data));
            }
        }

        var csv = BatchData.WriteCsv(dir.Path, "reps.csv", "合同编号,姓名,工号,开始日期,结束日期",
            "HT-1,王伟,E1,2025-01-01,2025-12-31", "HT-2,,E2,2025-01-01,2025-12-31", "HT-3,李娜,E3,2025-13-45,2025-12-31", "../../x,张三,E4,2025-01-01,2025-12-31",
            "CON,刘强,E5,2025-01-01,2025-12-31", "con,陈静,E6,2025-01-01,2025-12-31", "HT-7,多,E7", "HT-8,\"李\"娜\",E8,2025-01-01,2025-12-31",
            "HT-9,王\u202E伟,E9,2025-01-01,2020-12-31", ",赵六,E10,2025-01-01,2025-12-31");
        // A folder where row 1's document would go.
        Directory.CreateDirectory(Path.Combine(dir["csv"], "HT-1.txt"));
        Run(csv, "csv", map: BatchData.HrMap);
        Run(csv, "csv-check", map: BatchData.HrMap);
        Run(BatchData.WriteCsv(dir.Path, "types.csv", "contract.number,targets.satisfactionRate,contract.copies,term", "T-1,九十,３,{", "T-2,95,2.5,[1]"), "types");
        Run(csv, "no-map");
        Run(BatchData.WriteCsv(dir.Path, "headers.csv", "contract.number,agent.nmae,,contract.number,姓名", "A-1,x,y,z,w"), "headers", Agent,
            new Dictionary<string, string> { ["姓名"] = "agent.nmae", ["工号"] = "salesperson.name" });
        Run(csv, "pattern", map: BatchData.HrMap, name: "{salesperson.nmae}-{工号}-{");
        Run(csv, "pattern2", map: BatchData.HrMap, name: "fixed");
        Run(csv, "encoding", map: BatchData.HrMap, encoding: "gb18030");
        Run(csv, "encoding2", map: BatchData.HrMap, encoding: "klingon");
        var gbk = Path.Combine(dir.Path, "gbk.csv");
        File.WriteAllBytes(gbk, [.. "contract.number,salesperson.name\nA1,"u8.ToArray(), 0xD5, 0xC5, (byte)'\n']);
        Run(gbk, "gbk");
        var jsonl = dir.Write("reps.jsonl", string.Join("\n",
            """{"contract":{"number":"J-1"},"salesperson":{"name":"王伟","name":"李娜"}}""",
            """{"contract":{"number":"J-2"},}""",
            """{"contract.number":"J-3","salesperson.nmae":"x","工资":1}""",
            """{"contract":{"number":"J-4"},"targets":{"satisfactionRate":"x","nmae":1}}""",
            """{"contract":{"number":"J-5"},"salesperson":{"name":"\uD800"}}""",
            """[1, 2]""",
            """{"contract":{"number":"J-7"}""") + "\n");
        Run(jsonl, "jsonl");
        Run(dir.Write("reps.txt", "x"), "kind");
        Run(dir["missing.csv"], "missing");
        Run(dir.Write("empty.csv", ""), "empty");
        return found;
    }

    private static IEnumerable<Diagnostic> BrokenPacks()
    {
        const string schema = """{ "type": "object", "properties": { "x": { "type": "string" } } }""";
        Dictionary<string, string>[] packs =
        [
            new() { ["a/manifest.json"] = "{ \"id\": \"a\", \"version\": ", ["a/schema.json"] = schema, ["a/zh-Hans.scriban"] = "@title t\n" },
            new() { ["b/manifest.json"] = """{ "id": "c", "locales": [] }""", ["b/schema.json"] = schema },
            new() { ["d/manifest.json"] = """{ "id": "d", "version": "1", "locales": ["zh-Hans"], "rules": [ { "type": "dateOrder", "start": "x" }, { "type": "nope" }, 5 ] }""", ["d/schema.json"] = schema, ["d/zh-Hans.scriban"] = "@title t\n" },
            new() { ["e/manifest.json"] = """{ "id": "e", "version": "1", "locales": ["zh-Hans"] }""", ["e/schema.json"] = "{ \"type\": ", ["e/zh-Hans.scriban"] = "@title t\n" },
            new() { ["f/manifest.json"] = """{ "id": "f", "version": "1", "locales": ["zh-Hans"] }""", ["f/schema.json"] = """{ "properties": { "x": { "$ref": "http://example.com/s.json" } } }""", ["f/zh-Hans.scriban"] = "@title t\n" },
            new() { ["g/manifest.json"] = """{ "id": "g", "version": "1", "locales": ["zh-Hans", "en"] }""", ["g/schema.json"] = schema, ["g/zh-Hans.scriban"] = "{{ if }}\n" },
        ];
        foreach (var files in packs)
        {
            var id = files.Keys.First().Split('/')[0];
            var options = new AgreementEngineOptions();
            options.PackSources.Insert(0, TemplatePackSource.FromFiles(files));
            IReadOnlyList<Diagnostic> diagnostics;
            try
            {
                diagnostics = new AgreementEngine(options).TryAssemble(id, AgreementParameters.FromJson("""{ "x": "y" }""")).Diagnostics;
            }
            catch (AgreementKitException e)
            {
                diagnostics = e.Diagnostics;
            }

            foreach (var diagnostic in diagnostics)
                yield return diagnostic;
        }
    }

    private static IEnumerable<Diagnostic> BrokenMarkup()
    {
        string[] markups =
        [
            "## 第一章\n正文\n",
            "@title t\n# 标题\n#### 小节\n@nonsense x\n",
            "@title t\n### 没有章的条\n- 没有条的项\n@term a | b\n",
            "@title t\n## 空章\n## 第二章\n### 空条\n",
            "@title t\n## 一 {#k}\n正文\n## 二 {#k}\n见 @ref(nowhere)。\n",
            "@title t\n@title u\n@meta signDate 2025-02-30\n@meta colour red\n@meta chapterStyle roman\n@meta\n## 一\n正文\n",
            "@title t\n@party a | 甲方\n@party b | 乙方 | \n@party a | 甲方 | 名\n## 一\n正文\n",
            "@title t\n## \n正文\n@annex\n",
        ];
        foreach (var markup in markups)
        foreach (var diagnostic in AgreementAssembler.Assemble(markup, "test.scriban (rendered)", "zh-Hans").Diagnostics)
            yield return diagnostic;
    }

    private static IEnumerable<Diagnostic> PlantedLintProblems()
    {
        using var crm = new PackCopy(Crm);
        crm.Replace("zh-Hans.scriban", "zh.date term.start", "zh.date term.begin");
        crm.Replace("zh-Hans.scriban", "{{ company.name }}", "{{ comapny.name }} @ref(nowhere) 𠀀");
        var schema = JObject.Parse(crm.Read("schema.json"));
        ((JObject)schema.SelectToken("properties.company.properties")!).Add("fax", new JObject { ["type"] = "string" });
        File.WriteAllText(crm["schema.json"], schema.ToString());
        crm.Replace("example.zh-Hans.json", "\"number\": \"", "\"number\": \"𠀀");
        var findings = crm.Lint().ToList();
        using var broken = new PackCopy(Crm);
        broken.Replace("zh-Hans.scriban", "{{ if dispute.method == \"arbitration\" }}", "{{ if dispute.method == }}");
        broken.Replace("manifest.json", "\"rules\": [", "\"rules\": [ { \"type\": \"dateOrder\", \"start\": \"term.begin\", \"end\": \"term.end\" },");
        findings.AddRange(broken.Lint());
        using var agent = new PackCopy(Agent);
        agent.Replace("zh-Hant.scriban", "{{ else if leadParty == \"agent\" }}", "{{ else if leadParty == \"agent\" }}\n### 空條款\n@wrong x");
        File.Delete(agent["example.zh-Hans.json"]);
        findings.AddRange(agent.Lint());
        var notAFont = Path.Combine(Path.GetDirectoryName(agent.Folder)!, "not-a-font.otf");
        File.WriteAllText(notAFont, "plain text");
        findings.AddRange(agent.Lint(new AgreementKit.Lint.LintFontOptions([notAFont])));
        return findings;
    }
}
