using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Bench;

/// <summary>Renders N distinct agreements (contract number varies) with one shared engine on T threads.</summary>
internal static class Throughput
{
    private static readonly AgreementEngine Engine = new();

    public static (double DocsPerSecond, double PeakRssMb) Measure(string pack, OutputFormat format, int threads, int documents)
    {
        var example = JObject.Parse(Engine.GetPack(pack).GetExample("zh-Hans")!);
        WarmUp(TimeSpan.FromSeconds(2)); // JIT tiering, font loading, template parse, caches
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => Render(example, i, format));
        stopwatch.Stop();
        return (documents / stopwatch.Elapsed.TotalSeconds, PeakRss.Megabytes());
    }

    /// <summary>
    /// Renders both packs in both formats until <paramref name="least"/> has passed and no method has been
    /// compiled for a whole round, so measurements start after tiered compilation has settled.
    /// </summary>
    public static void WarmUp(TimeSpan least)
    {
        var watch = Stopwatch.StartNew();
        var compiled = -1L;
        for (var round = 0; ; round++)
        {
            foreach (var pack in new[] { "sales-crm-responsibility", "agent-loyalty-strategy" })
            {
                var example = JObject.Parse(Engine.GetPack(pack).GetExample("zh-Hans")!);
                for (var i = 0; i < 5; i++)
                {
                    Render(example, i, OutputFormat.Docx);
                    Render(example, i, OutputFormat.Pdf);
                }
            }
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if ((now == compiled && watch.Elapsed >= least) || watch.Elapsed > least * 6) return;
            compiled = now;
        }
    }

    /// <summary>Peak RSS after each checkpoint of a run of documents on all cores.</summary>
    public static IReadOnlyList<(int Documents, double PeakRssMb)> Flatness(OutputFormat format, int[] checkpoints)
    {
        var example = JObject.Parse(Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!);
        var done = 0;
        var result = new List<(int, double)>();
        foreach (var checkpoint in checkpoints)
        {
            Parallel.For(done, checkpoint, i => Render(example, i, format));
            done = checkpoint;
            result.Add((checkpoint, PeakRss.Megabytes()));
        }

        return result;
    }

    private static int Render(JObject example, int i, OutputFormat format)
    {
        var json = (JObject)example.DeepClone();
        json["contract"]!["number"] = $"BENCH-{i:D6}";
        var agreement = Engine.Assemble(json["leadParty"] is null ? "sales-crm-responsibility" : "agent-loyalty-strategy", AgreementParameters.FromJObject(json));
        return Engine.WriteToArray(agreement, format).Length;
    }
}
