using System.Text;
using AgreementKit.Tests.Support;
using PublicApiGenerator;

namespace AgreementKit.Tests.Api;

/// <summary>
/// The library's public API is checked in as text, so every change to it is a deliberate, reviewed
/// diff. After an intended change: <c>AK_UPDATE_GOLDEN=1 dotnet test --filter PublicApi</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var api = typeof(AgreementEngine).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");
        var approved = Path.Combine(RepoPaths.Root, "tests", "AgreementKit.Tests", "Api", "AgreementKit.approved.txt");
        if (Environment.GetEnvironmentVariable("AK_UPDATE_GOLDEN") == "1") File.WriteAllText(approved, api, new UTF8Encoding(false));
        Assert.True(File.Exists(approved), "no API baseline; run with AK_UPDATE_GOLDEN=1 and review the file");
        Assert.Equal(File.ReadAllText(approved).ReplaceLineEndings("\n"), api);
    }

    [Fact]
    public void Every_public_type_is_sealed_abstract_static_or_an_enum()
    {
        var loose = typeof(AgreementEngine).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName).ToList();
        Assert.Empty(loose);
    }

    [Fact]
    public void The_layout_engine_and_the_stages_stay_internal()
    {
        var exposed = typeof(AgreementEngine).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && (ns.StartsWith("AgreementKit.Layout", StringComparison.Ordinal)
                // The writer contract is public (hosts add formats); the writers themselves are not.
                || (ns.StartsWith("AgreementKit.Writers", StringComparison.Ordinal) && t != typeof(AgreementKit.Writers.IAgreementWriter))
                || ns.StartsWith("AgreementKit.Backends", StringComparison.Ordinal)
                || ns.StartsWith("AgreementKit.Parameters", StringComparison.Ordinal)
                || ns.StartsWith("AgreementKit.Templates.Sandbox", StringComparison.Ordinal)))
            .Select(t => t.FullName).ToList();
        Assert.Empty(exposed);
    }
}
