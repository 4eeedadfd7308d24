using System.Text;
using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Golden;

/// <summary>
/// The text of every shipped agreement is checked in beside this file, so a change of wording or
/// numbering shows up as a reviewable diff. After an intended change, regenerate with
/// <c>AK_UPDATE_GOLDEN=1 dotnet test --filter GoldenText</c> and review the diff like code.
/// </summary>
public sealed class GoldenTextTests
{
    public static TheoryData<string, string, string> Cases => ExampleCases.Theory();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_agreement_text_matches_the_golden_file(string pack, string locale, string lead)
    {
        var agreement = ExampleCases.Assemble(pack, locale, lead);
        var text = Encoding.UTF8.GetString(ExampleCases.Engine.WriteToArray(agreement, OutputFormat.Text));
        var golden = Path.Combine(RepoPaths.Golden, ExampleCases.Tag(pack, locale, lead) + ".txt");
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
