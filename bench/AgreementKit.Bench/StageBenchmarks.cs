using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Bench;

/// <summary>Time and allocations of each stage for the sales agreement: assemble, then each writer.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly AgreementEngine _engine = new();
    private AgreementParameters _parameters = null!;
    private AgreementKit.Model.Agreement _agreement = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parameters = AgreementParameters.FromJObject(JObject.Parse(_engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!));
        _agreement = _engine.Assemble("sales-crm-responsibility", _parameters);
    }

    [Benchmark]
    public object Assemble() => _engine.Assemble("sales-crm-responsibility", _parameters);

    [Benchmark]
    public int Docx() => _engine.WriteToArray(_agreement, OutputFormat.Docx).Length;

    /// <summary>The part of a DOCX that lays the agreement out for the contents' page numbers.</summary>
    [Benchmark]
    public int DocxContentsPages()
    {
        using var cache = new AgreementKit.Layout.Fonts.GlyphCache();
        var shaper = new AgreementKit.Layout.Text.TextShaper(AgreementKit.Layout.Fonts.FontSet.ForLocale(_agreement.Locale), cache);
        return AgreementKit.Writers.Docx.ContentsPages.For(_agreement, 1, shaper)("_Toc_ch14") ?? 0;
    }

    [Benchmark]
    public int Pdf() => _engine.WriteToArray(_agreement, OutputFormat.Pdf).Length;

    [Benchmark]
    public int Text() => _engine.WriteToArray(_agreement, OutputFormat.Text).Length;
}
