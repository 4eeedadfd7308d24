using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AgreementKit;
using AgreementKit.Fuzz;
using AgreementKit.Tests.Reliability;
using Newtonsoft.Json.Linq;

// fuzz [--seconds N] [--seed S] [--crashes DIR] [--replay FILE...]
// Mutated example parameters through validate → assemble → DOCX + PDF. Only the product's typed
// diagnostics are acceptable; an unexpected exception, a broken promise the oracle sees, or a run longer
// than the bound is a crash, saved as <pack>.<locale>.<hash>.json (+ .txt with what went wrong).
var seconds = 60;
var seed = Environment.TickCount;
var crashes = Path.Combine(AppContext.BaseDirectory, "crashes");
var replay = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--crashes": crashes = args[++i]; break;
        case "--replay": replay.Add(args[++i]); break;
        default: Console.Error.WriteLine($"fuzz: unknown argument '{args[i]}'"); return 2;
    }
}

var bound = TimeSpan.FromSeconds(30); // the sandbox stops a template at 5 s; a whole document takes well under 1 s
var engine = new AgreementEngine();
var cases = (from pack in engine.Packs
             from locale in pack.Locales
             select (Pack: pack.Id, Locale: locale, Example: pack.GetExample(locale)!)).ToList();

if (replay.Count > 0)
{
    var failed = 0;
    foreach (var file in replay)
    {
        var name = Path.GetFileName(file).Split('.');
        var problems = Execute(name[0], name[1], File.ReadAllBytes(file));
        Console.WriteLine($"{file}: {(problems.Count == 0 ? "ok" : string.Join("\n  ", problems))}");
        if (problems.Count > 0) failed++;
    }

    return failed == 0 ? 0 : 1;
}

Console.WriteLine($"fuzz: seed {seed}, {seconds} s, crashes go to {crashes}");
var random = new Random(seed);
var mutator = new Mutator(random);
var watch = Stopwatch.StartNew();
long executions = 0, rejected = 0, produced = 0, pdfRefused = 0;
var crashCount = 0;
while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
{
    var (pack, locale, example) = cases[random.Next(cases.Count)];
    var input = mutator.Mutate(example);
    var problems = Execute(pack, locale, input, outcome =>
    {
        if (!outcome.Assembled) rejected++;
        else if (outcome.Pdf is null) pdfRefused++;
        else produced++;
    });
    executions++;
    if (problems.Count == 0) continue;
    crashCount++;
    Save(pack, locale, input, problems);
    if (problems.Any(p => p.StartsWith("hang", StringComparison.Ordinal))) break; // the stuck thread cannot be stopped
}

Console.WriteLine($"rejected={rejected} produced={produced} pdf-refused={pdfRefused}");
Console.WriteLine($"executions={executions} crashes={crashCount}");
return crashCount == 0 ? 0 : 1;

List<string> Execute(string pack, string locale, byte[] input, Action<PipelineOutcome>? count = null)
{
    PipelineOutcome? outcome = null;
    var worker = new Thread(() => outcome = PipelineOracle.Run(engine, pack, locale, AgreementParameters.FromUtf8(input, "fuzz.json")), 16 * 1024 * 1024)
    {
        IsBackground = true,
    };
    worker.Start();
    if (!worker.Join(bound)) return [$"hang: no outcome after {bound.TotalSeconds} s"];
    count?.Invoke(outcome!);
    return outcome!.Problems;
}

void Save(string pack, string locale, byte[] input, List<string> problems)
{
    Directory.CreateDirectory(crashes);
    var hash = Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant();
    var path = Path.Combine(crashes, $"{pack}.{locale}.{hash}.json");
    File.WriteAllBytes(path, input);
    File.WriteAllText(Path.ChangeExtension(path, ".txt"), string.Join("\n", problems) + "\n", Encoding.UTF8);
    Console.WriteLine($"CRASH {path}\n  {string.Join("\n  ", problems.Select(p => p.Split('\n')[0]))}");
}
