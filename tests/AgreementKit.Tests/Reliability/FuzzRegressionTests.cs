using AgreementKit.Tests.Support;

namespace AgreementKit.Tests.Reliability;

/// <summary>
/// Every input the fuzzer (<c>fuzz/run</c>) ever found a crash with stays here as a test: the files in
/// FuzzCases/ are named <c>&lt;pack&gt;.&lt;locale&gt;.&lt;hash&gt;.json</c> (the bytes as the fuzzer made them,
/// not necessarily valid UTF-8 or JSON), with a .txt beside each saying what went wrong at the time.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "AgreementKit.Tests", "Reliability", "FuzzCases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_case_folder_holds_the_crashes_found_so_far()
    {
        var files = Directory.GetFiles(Folder, "*.json");
        Assert.True(files.Length >= 4, $"FuzzCases/ lost its cases: {Folder}");
        Assert.All(files, f => Assert.True(File.Exists(Path.ChangeExtension(f, ".txt")), $"{f} has no .txt"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void R1_a_former_fuzz_crash_now_ends_in_typed_diagnostics_or_valid_documents(string file)
    {
        var name = file.Split('.');
        var outcome = PipelineOracle.Run(ExampleCases.Engine, name[0], name[1],
            AgreementParameters.FromUtf8(File.ReadAllBytes(Path.Combine(Folder, file)), file));
        Assert.True(outcome.Problems.Count == 0, string.Join("\n", outcome.Problems));
    }
}
