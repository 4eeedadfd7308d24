using System.Runtime.InteropServices;
using AgreementKit.Backends.Pdf;
using AgreementKit.Layout.Canvas;
using AgreementKit.Layout.Fonts;
using AgreementKit.Layout.Paging;
using AgreementKit.Layout.Text;
using AgreementKit.Writers.Typeset;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Bench;

/// <summary>
/// What each stage of one document costs on one thread: CPU time of the process (not wall time, so the
/// figures hold on a machine other people's builds are loading; the process's, because each template
/// render runs on a thread of its own) and bytes allocated. The PDF is broken
/// into the steps of <c>PdfRenderer</c>, the DOCX into its contents-page layout and the rest.
/// </summary>
internal static class StageCosts
{
    private static readonly AgreementEngine Engine = new();

    public static void Print(int documents)
    {
        Console.WriteLine($"# per-stage cost on one thread, median of 5 rounds of {documents / 5} documents: process CPU time and bytes allocated");
        Console.WriteLine($"{"pack",-26} {"stage",-26} {"ms/doc",8} {"KB/doc",9}");
        // Tier-1 compilation of the whole path happens in the background and would be counted as the first
        // stages' CPU time (process CPU includes the JIT's thread): settle it first.
        Throughput.WarmUp(TimeSpan.FromSeconds(5));
        foreach (var pack in new[] { "sales-crm-responsibility", "agent-loyalty-strategy" })
        foreach (var (stage, cost) in Measure(pack, documents))
            Console.WriteLine($"{pack,-26} {stage,-26} {cost.Milliseconds,8:F2} {cost.Kilobytes,9:F0}");
    }

    public static IEnumerable<(string Stage, Cost Cost)> Measure(string pack, int documents)
    {
        var example = Engine.GetPack(pack).GetExample("zh-Hans")!;
        var json = JObject.Parse(example);
        var agreement = Engine.Assemble(pack, AgreementParameters.FromJObject(json));
        var fonts = FontSet.ForLocale(agreement.Locale);

        yield return ("read+validate (JSON text)", Time(documents, () => Engine.Validate(pack, AgreementParameters.FromJson(example)).IsValid));
        yield return ("read+validate (object)", Time(documents, () => Engine.Validate(pack, AgreementParameters.FromJObject(json)).IsValid));
        yield return ("assemble (incl. validate)", Time(documents, () => Engine.Assemble(pack, AgreementParameters.FromJObject(json))));
        yield return ("docx whole (JSON → bytes)", Time(documents, () => Engine.WriteToArray(Engine.Assemble(pack, AgreementParameters.FromJson(example)), OutputFormat.Docx).Length));
        yield return ("pdf whole (JSON → bytes)", Time(documents, () => Engine.WriteToArray(Engine.Assemble(pack, AgreementParameters.FromJson(example)), OutputFormat.Pdf).Length));
        var fromText = Engine.Assemble(pack, AgreementParameters.FromJson(example));
        yield return ("docx write (from JSON text)", Time(documents, () => Engine.WriteToArray(fromText, OutputFormat.Docx).Length));
        yield return ("assemble (from JSON text)", Time(documents, () => Engine.Assemble(pack, AgreementParameters.FromJson(example))));
        yield return ("docx write", Time(documents, () => Engine.WriteToArray(agreement, OutputFormat.Docx).Length));
        yield return ("  of which contents pages", Time(documents, () =>
        {
            using var cache = new GlyphCache();
            return AgreementKit.Writers.Docx.ContentsPages.For(agreement, 1, new TextShaper(fonts, cache));
        }));
        var parts = DocxParts(Engine.WriteToArray(agreement, OutputFormat.Docx));
        foreach (var level in new[] { System.IO.Compression.CompressionLevel.Optimal, System.IO.Compression.CompressionLevel.Fastest })
        {
            var size = Zip(parts, level);
            yield return ($"  docx deflate {level} ({size / 1024.0:F1} KB)", Time(documents, () => Zip(parts, level)));
        }
        yield return ("pdf write", Time(documents, () => Engine.WriteToArray(agreement, OutputFormat.Pdf).Length));
        yield return ("  layout blocks", Time(documents, () => AgreementLayoutBuilder.Build(agreement)));
        var document = AgreementLayoutBuilder.Build(agreement);
        yield return ("  measure + paginate", Time(documents, () =>
        {
            using var cache = new GlyphCache();
            return PdfRenderer.LayoutChecked(document, new TextShaper(fonts, cache), [])!;
        }));
        yield return ("  paint (recording)", Time(documents, () =>
        {
            using var cache = new GlyphCache();
            var shaper = new TextShaper(fonts, cache);
            var layout = PdfRenderer.LayoutChecked(document, shaper, [])!;
            var watch = ProcessCpu.Now();
            DocumentPainter.Paint(layout, new CanvasRecording(), shaper);
            return ProcessCpu.Now() - watch;
        }, subtractResult: true));
        yield return ("  subset fonts", Time(documents, () =>
        {
            using var cache = new GlyphCache();
            var shaper = new TextShaper(fonts, cache);
            var recording = new CanvasRecording();
            DocumentPainter.Paint(PdfRenderer.LayoutChecked(document, shaper, [])!, recording, shaper);
            var watch = ProcessCpu.Now();
            using var subsets = FontSubsets.Create(recording.Characters);
            return ProcessCpu.Now() - watch;
        }, subtractResult: true));
    }

    private static List<(string Name, byte[] Bytes)> DocxParts(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        }).ToList();
    }

    private static long Zip(List<(string Name, byte[] Bytes)> parts, System.IO.Compression.CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in parts)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(bytes);
            }
        return output.Length;
    }

    internal readonly record struct Cost(double Milliseconds, double Kilobytes);

    // With subtractResult the action returns the CPU seconds of the part it times itself; the rest is set-up.
    private static Cost Time(int documents, Func<object> action, bool subtractResult = false)
    {
        // Warm up past JIT tiering: methods reach tier 1 after 30 calls and a background compile, which
        // on a loaded machine can take seconds; warm until no method has been compiled for 20 calls.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var i = 0; ; i++)
        {
            for (var k = 0; k < 10; k++) action();
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled && i >= 3 && warm.ElapsedMilliseconds >= 500) break;
            compiled = now;
            if (warm.ElapsedMilliseconds > 20_000) break;
        }
        // Five rounds; the median round's time, as other people's work on the machine comes and goes.
        const int rounds = 5;
        var perRound = Math.Max(1, documents / rounds);
        var times = new List<double>();
        long allocated = 0;
        for (var r = 0; r < rounds; r++)
        {
            GC.Collect();
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var start = ProcessCpu.Now();
            var own = 0.0;
            for (var i = 0; i < perRound; i++)
            {
                var result = action();
                if (subtractResult) own += (double)result;
            }
            times.Add((subtractResult ? own : ProcessCpu.Now() - start) * 1000 / perRound);
            allocated += GC.GetTotalAllocatedBytes(precise: true) - bytes;
        }
        times.Sort();
        return new Cost(times[rounds / 2], subtractResult ? double.NaN : allocated / 1024.0 / (perRound * rounds));
    }
}

/// <summary>The process's CPU time in seconds, all threads (Linux: CLOCK_PROCESS_CPUTIME_ID).</summary>
internal static partial class ProcessCpu
{
    public static double Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(2, out var ts) == 0) return ts.Seconds + ts.Nanoseconds / 1e9;
        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
