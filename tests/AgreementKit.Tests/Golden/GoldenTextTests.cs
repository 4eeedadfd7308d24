using System.Text;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Golden;

/// <summary>
/// The plain text, Markdown and HTML of every shipped agreement are checked in beside this file, so a change
/// of wording, numbering or markup shows up as a reviewable diff. After an intended change, regenerate with
/// <c>AK_UPDATE_GOLDEN=1 dotnet test --filter Golden</c> and review the diff like code.
/// </summary>
public sealed class GoldenTextTests
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (pack, locale, lead) in ExampleCases.All())
        foreach (var format in new[] { "txt", "md", "html" })
            data.Add(pack, locale, lead ?? "-", format);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_agreement_matches_the_golden_file(string pack, string locale, string lead, string format)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        var text = Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, format));
        var golden = Path.Combine(RepoPaths.Golden, $"{ExampleCases.Tag(pack, locale, lead)}.{format}");
        if (Environment.GetEnvironmentVariable("AK_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, text, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(golden), $"no golden file {golden}; run with AK_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(golden, Encoding.UTF8).ReplaceLineEndings("\n");
        if (expected != text)
        {
            var e = expected.Split('\n');
            var a = text.Split('\n');
            var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{Path.GetFileName(golden)} differs at line {line + 1}:\n  golden: {(line < e.Length ? e[line] : "<end>")}\n  actual: {(line < a.Length ? a[line] : "<end>")}");
        }
    }
}
