using AgreementKit.Batch;
using AgreementKit.Diagnostics;
using AgreementKit.Tests.Cli;
using Newtonsoft.Json.Linq;
using static AgreementKit.Tests.Batch.BatchData;

namespace AgreementKit.Tests.Batch;

public sealed class BatchRunnerTests
{
    [Fact]
    public void Bad_rows_are_reported_with_row_and_field_while_the_others_are_produced_inside_the_folder()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example(change: j => ((JObject)j["salesperson"]!).Remove("name")));
        var csv = WriteCsv(dir.Path, "reps.csv",
            "合同编号,姓名,工号,开始日期,结束日期",
            "HT-1,王伟,E1,2025-01-01,2025-12-31",
            "HT-2,,E2,2025-01-01,2025-12-31",
            "HT-3,李娜,E3,2025-13-45,2025-12-31",
            "../../x,张三,E4,2025-01-01,2025-12-31",
            "CON,刘强,E5,2025-01-01,2025-12-31",
            "HT-6,陈静,E6,2025-01-01,2025-12-31");
        var summary = Run(Options(csv, dir["out"], defaults, HrMap));

        Assert.Equal((6, 4, 2), (summary.Total, summary.Done, summary.Failed));
        Assert.Equal(["CON_.docx", "HT-1.docx", "HT-6.docx", "____x.docx"], Digest(dir["out"], IsDocument).Keys);
        var errors = ErrorLines(dir["out"]);
        Assert.Contains(errors, l => l.StartsWith("2,3,HT-2,", StringComparison.Ordinal) && l.Contains("salesperson.name", StringComparison.Ordinal) && l.Contains(",error,", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("3,4,HT-3,开始日期,term.start,error,AK1105,", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("4,5,____x,合同编号,contract.number,warning,AK5003,", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.StartsWith("5,6,CON_,合同编号,contract.number,warning,AK5003,", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, l => l.StartsWith("1,", StringComparison.Ordinal) || l.StartsWith("6,", StringComparison.Ordinal));
        // Nothing beside the inputs and the output folder, and nothing below it but plain files.
        Assert.Equal(["defaults.json", "reps.csv"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Where(n => n != "out").Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateDirectories(dir["out"]));
        Assert.DoesNotContain(Directory.EnumerateFiles(dir["out"]), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void An_unknown_lead_party_fails_its_row_only()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example(Agent));
        var csv = WriteCsv(dir.Path, "agents.csv", "contract.number,leadParty", "A-1,company", "A-2,nobody", "A-3,agent");
        var summary = Run(Options(csv, dir["out"], defaults) with { PackId = Agent, Formats = ["txt"] });
        Assert.Equal((2, 1), (summary.Done, summary.Failed));
        Assert.Contains(ErrorLines(dir["out"]), l => l.StartsWith("2,3,A-2,leadParty,leadParty,error,AK1103,", StringComparison.Ordinal));
        Assert.Equal(["A-1.txt", "A-3.txt"], Digest(dir["out"], IsDocument).Keys);
    }

    [Fact]
    public void A_row_document_equals_a_single_render_of_the_merged_parameters_byte_for_byte()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = HrCsv(dir.Path, 2);
        var summary = Run(Options(csv, dir["out"], defaults, HrMap) with { Formats = ["docx", "pdf"] });
        Assert.Equal(2, summary.Done);

        foreach (var (number, name, id) in new[] { ("HT-2025-0000", "王伟伟", "E100000"), ("HT-2025-0001", "李芳伟", "E100001") })
        {
            var single = Example(change: j =>
            {
                j["contract"]!["number"] = number;
                j["salesperson"]!["name"] = name;
                j["salesperson"]!["employeeId"] = id;
                j["term"]!["start"] = "2025-01-01";
                j["term"]!["end"] = "2025-12-31";
            });
            var folder = dir[number];
            var render = CliRun.Of("render", Crm, "--params", WriteJson(dir.Path, number + ".json", single), "--format", "docx,pdf", "--out", folder);
            Assert.True(render.ExitCode == 0, render.Error);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, Crm + ".docx")), File.ReadAllBytes(Path.Combine(dir["out"], number + ".docx")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, Crm + ".pdf")), File.ReadAllBytes(Path.Combine(dir["out"], number + ".pdf")));
        }
    }

    [Fact]
    public void Shards_together_are_the_full_batch_with_no_overlap()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", ["contract.number", "HT-1", "ht-1", "HT-3", "HT/4", "HT-5", "HT-1", "HT-7", "HT-8"]);
        var full = Run(Options(csv, dir["full"], defaults) with { Formats = ["md"] });
        Assert.Equal(8, full.Done);
        var expected = Digest(dir["full"], IsDocument);
        Assert.Equal(8, expected.Count);

        var union = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 1; k <= 3; k++)
        {
            var shard = Run(Options(csv, dir[$"s{k}"], defaults) with { Formats = ["md"], Shard = new BatchShard(k, 3) });
            Assert.Equal(shard.Total, shard.Done);
            Assert.True(File.Exists(Path.Combine(dir[$"s{k}"], $"manifest-{k}of3.jsonl")));
            foreach (var (name, hash) in Digest(dir[$"s{k}"], IsDocument)) Assert.True(union.TryAdd(name, hash), $"{name} is in two shards");
        }

        Assert.Equal(expected, new SortedDictionary<string, string>(union, StringComparer.Ordinal));
    }

    [Fact]
    public void Names_that_collide_after_case_folding_are_numbered_and_reported()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1", "ht-1", "HT-1");
        var summary = Run(Options(csv, dir["out"], defaults) with { Formats = ["txt"] });
        Assert.Equal((3, 0, 2), (summary.Done, summary.Failed, summary.Warnings));
        Assert.Equal(["HT-1-3.txt", "HT-1.txt", "ht-1-2.txt"], Digest(dir["out"], IsDocument).Keys);
        Assert.Contains(ErrorLines(dir["out"]), l => l.StartsWith("2,3,ht-1-2,contract.number,contract.number,warning,AK5004,", StringComparison.Ordinal) && l.Contains("row 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_format_the_host_registered_is_written_for_every_row_and_an_unknown_one_stops_the_batch_first()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1", "HT-2");
        var options = new AgreementEngineOptions();
        options.Writers.Add(new TitleWriter());
        var engine = new AgreementEngine(options);

        var summary = await new BatchRunner(engine).RunAsync(Options(csv, dir["out"], defaults) with { Formats = ["title", "txt"] });
        Assert.Equal((2, 0), (summary.Done, summary.Failed));
        Assert.Equal(["HT-1.title", "HT-1.txt", "HT-2.title", "HT-2.txt"], Digest(dir["out"], n => IsDocument(n) || n.EndsWith(".title", StringComparison.Ordinal)).Keys);
        Assert.StartsWith("销售人员", File.ReadAllText(dir["out/HT-1.title"]), StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<AgreementKitException>(() => new BatchRunner(engine).RunAsync(Options(csv, dir["other"], defaults) with { Formats = ["docx", "odt"] }));
        Assert.Equal(DiagnosticCodes.UnknownFormat, Assert.Single(error.Diagnostics).Code);
        Assert.False(Directory.Exists(dir["other"]) && Directory.EnumerateFileSystemEntries(dir["other"]).Any());
    }

    private sealed class TitleWriter : AgreementKit.Writers.IAgreementWriter
    {
        public string FormatId => "title";

        public string FileExtension => "title";

        public string MediaType => "text/plain";

        public void Write(AgreementKit.Model.Agreement agreement, Stream output, CancellationToken cancellationToken) =>
            output.Write(System.Text.Encoding.UTF8.GetBytes(agreement.Title));
    }

    [Fact]
    public void Resuming_a_cancelled_batch_gives_the_same_folder_as_an_uninterrupted_run()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = HrCsv(dir.Path, 12);
        Run(Options(csv, dir["full"], defaults, HrMap));

        using var stop = new CancellationTokenSource();
        var options = Options(csv, dir["out"], defaults, HrMap) with { MaxParallelism = 1 };
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Run(options, new Callback(p => { if (p.Completed >= 4) stop.Cancel(); }), stop.Token));
        var partial = Digest(dir["out"], IsDocument).Count;
        Assert.InRange(partial, 4, 11);

        // A row whose file was renamed just before the stop but not yet recorded is redone (same bytes).
        var resumed = Run(options with { Resume = true });
        Assert.InRange(resumed.Skipped, 4, partial);
        Assert.Equal(12 - resumed.Skipped, resumed.Done);
        Assert.Equal(Digest(dir["full"]), Digest(dir["out"]));

        // A damaged output is noticed by its hash and redone; the rest is kept.
        var victim = Path.Combine(dir["out"], "HT-2025-0003.docx");
        File.AppendAllText(victim, "x");
        var again = Run(options with { Resume = true });
        Assert.Equal((1, 11), (again.Done, again.Skipped));
        Assert.Equal(Digest(dir["full"]), Digest(dir["out"]));
    }

    [Fact]
    public async Task Resuming_with_other_output_settings_redoes_every_row()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var options = Options(HrCsv(dir.Path, 3), dir["out"], defaults, HrMap) with { Formats = ["pdf"] };
        Run(options);
        var plain = Digest(dir["out"], IsDocument);

        Assert.Equal(3, Run(options with { Resume = true }).Skipped);
        var pdfA = await new BatchRunner(new AgreementEngine(new AgreementEngineOptions { PdfA = true }))
            .RunAsync(options with { Resume = true });
        Assert.Equal((3, 0), (pdfA.Done, pdfA.Skipped));
        Assert.All(Digest(dir["out"], IsDocument), file => Assert.NotEqual(plain[file.Key], file.Value));
    }

    [Fact]
    public void Check_validates_every_row_and_writes_only_the_report()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number,term.start", "HT-1,2025-01-01", "HT-2,2025-02-30", "HT-3,", "HT-4,1/1/2025");
        var summary = Run(Options(csv, dir["out"], defaults) with { CheckOnly = true });
        Assert.Equal((1, 3, 0), (summary.Done, summary.Failed, summary.Documents));
        Assert.Null(summary.Manifest);
        Assert.Equal(["errors.csv", "errors.jsonl"], Digest(dir["out"]).Keys);
        Assert.Equal(2, ErrorLines(dir["out"]).Count(l => l.Contains(",error,AK1105,", StringComparison.Ordinal)));
        // HT-3's empty start date would silently take the defaults' date.
        Assert.Equal(1, ErrorLines(dir["out"]).Count(l => l.Contains(",error,AK5002,", StringComparison.Ordinal) && l.Contains("term.start", StringComparison.Ordinal)));
    }

    [Fact]
    public void Report_cells_that_look_like_formulas_are_neutralised()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number,term.start", "\"=HYPERLINK(\"\"http://x\"\")\",2025-13-01", "+86-1,2025-13-01");
        Run(Options(csv, dir["out"], defaults) with { CheckOnly = true });
        var text = File.ReadAllText(Path.Combine(dir["out"], "errors.csv"));
        Assert.Contains(",'=HYPERLINK(_http___x_),", text, StringComparison.Ordinal);
        Assert.Contains(",'+86-1,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",+", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_level_mistake_stops_before_anything_is_written()
    {
        using var dir = new TempFolder();
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number,姓名", "HT-1,王伟");
        var e = Assert.Throws<AgreementKitException>(() => Run(Options(csv, dir["out"], null)));
        Assert.Equal("AK5002", Assert.Single(e.Diagnostics).Code);
        Assert.False(Directory.Exists(dir["out"]));

        var pattern = Assert.Throws<AgreementKitException>(() => Run(Options(csv, dir["out"], null, HrMap) with { NamePattern = "{contract.nmber}" }));
        Assert.Equal("AK5003", Assert.Single(pattern.Diagnostics).Code);
    }

    [Fact]
    public void A_symbolic_link_in_the_output_folder_is_not_written_through()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        var outside = dir.Write("outside.txt", "keep me");
        Directory.CreateDirectory(dir["out"]);
        File.CreateSymbolicLink(Path.Combine(dir["out"], "HT-1.docx"), outside);
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1", "HT-2");
        var summary = Run(Options(csv, dir["out"], defaults));
        Assert.Equal((1, 1), (summary.Done, summary.Failed));
        Assert.Equal("keep me", File.ReadAllText(outside));
        Assert.Contains(ErrorLines(dir["out"]), l => l.StartsWith("1,2,HT-1,", StringComparison.Ordinal) && l.Contains("AK4101", StringComparison.Ordinal));
    }

    [Fact]
    public void Stale_temporary_files_of_a_killed_run_are_swept()
    {
        using var dir = new TempFolder();
        var defaults = WriteJson(dir.Path, "defaults.json", Example());
        Directory.CreateDirectory(dir["out"]);
        File.WriteAllText(Path.Combine(dir["out"], ".agreementkit-batch-0123.tmp"), "half a document");
        var csv = WriteCsv(dir.Path, "reps.csv", "contract.number", "HT-1");
        Run(Options(csv, dir["out"], defaults) with { Formats = ["txt"] });
        Assert.Equal(["HT-1.txt", "errors.csv", "errors.jsonl", "manifest.jsonl"], Digest(dir["out"]).Keys);
    }

    private sealed class Callback(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
