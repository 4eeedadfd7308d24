// Throughput and memory of single documents: each pack's example agreement as DOCX and PDF, on one thread
// and on all cores. `--flat` instead measures memory after 100 and after 1,000 PDFs in a fresh process;
// `--micro` runs the BenchmarkDotNet per-stage benchmarks; `--redline` times redlines and renewals on one core.
using AgreementKit.Bench;

if (args.Contains("--micro"))
{
    BenchmarkDotNet.Running.BenchmarkRunner.Run<StageBenchmarks>(args: args.Where(a => a != "--micro").ToArray());
    return 0;
}

if (args.Contains("--stages"))
{
    StageCosts.Print(args.FirstOrDefault(a => int.TryParse(a, out _)) is { } s ? int.Parse(s) : 100);
    return 0;
}

if (args.Contains("--only"))
{
    // One case, for profilers: --only PACK FORMAT THREADS DOCUMENTS
    var at = Array.IndexOf(args, "--only");
    var format = Enum.Parse<AgreementKit.OutputFormat>(args[at + 2], ignoreCase: true);
    var only = Throughput.Measure(args[at + 1], format, int.Parse(args[at + 3]), int.Parse(args[at + 4]));
    Console.WriteLine($"{args[at + 1]} {format} {args[at + 3]} threads: {only.DocsPerSecond:F1} docs/s; "
        + $"methods compiled {System.Runtime.JitInfo.GetCompiledMethodCount()}, GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    return 0;
}

if (args.Contains("--flat"))
{
    // Memory must stay flat as the number of documents grows.
    var flat = Throughput.Flatness(AgreementKit.OutputFormat.Pdf, [100, 1000]);
    Console.WriteLine($"pdf on all cores, peak RSS after {string.Join(", after ", flat.Select(f => $"{f.Documents} docs: {f.PeakRssMb:F0} MB"))}");
    return 0;
}

if (args.Contains("--redline"))
{
    var count = args.FirstOrDefault(a => int.TryParse(a, out _)) is { } c ? int.Parse(c) : 200;
    Console.WriteLine($"# redlines on one core, {count} per case");
    Console.WriteLine($"{"pack",-26} {"redline docs/s",15} {"renew docs/s",13}");
    foreach (var pack in new[] { "sales-crm-responsibility", "agent-loyalty-strategy" })
    {
        var (redline, renew) = AgreementKit.Bench.RedlineThroughput.Measure(pack, count);
        Console.WriteLine($"{pack,-26} {redline,15:F1} {renew,13:F1}");
    }

    return 0;
}

var documents = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 200;
Console.WriteLine($"# {documents} documents per case, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"{"pack",-26} {"format",-6} {"threads",7} {"docs/s",8} {"ms/doc",8} {"peak RSS MB",12}");
foreach (var pack in new[] { "sales-crm-responsibility", "agent-loyalty-strategy" })
foreach (var format in new[] { AgreementKit.OutputFormat.Docx, AgreementKit.OutputFormat.Pdf })
foreach (var threads in new[] { 1, Environment.ProcessorCount })
{
    var result = Throughput.Measure(pack, format, threads, documents);
    Console.WriteLine($"{pack,-26} {format,-6} {threads,7} {result.DocsPerSecond,8:F1} {1000 / result.DocsPerSecond * threads,8:F1} {result.PeakRssMb,12:F0}");
}

return 0;
