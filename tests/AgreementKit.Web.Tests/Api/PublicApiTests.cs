using System.Text;
using AgreementKit.Web.Tests.Support;
using PublicApiGenerator;

namespace AgreementKit.Web.Tests.Api;

/// <summary>
/// The web library's public API is two extension methods and an options class, checked in as text; and the
/// core library stays free of ASP.NET. After an intended change: <c>AK_UPDATE_GOLDEN=1 dotnet test --filter PublicApi</c>.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var api = typeof(AgreementKitWebOptions).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");
        var approved = Path.Combine(Repo.Root, "tests", "AgreementKit.Web.Tests", "Api", "AgreementKit.Web.approved.txt");
        if (Environment.GetEnvironmentVariable("AK_UPDATE_GOLDEN") == "1") File.WriteAllText(approved, api, new UTF8Encoding(false));
        Assert.True(File.Exists(approved), "no API baseline; run with AK_UPDATE_GOLDEN=1 and review the file");
        Assert.Equal(File.ReadAllText(approved).ReplaceLineEndings("\n"), api);
    }

    [Fact]
    public void The_core_library_does_not_reference_asp_net()
    {
        var references = typeof(AgreementEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(typeof(AgreementKitWebOptions).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_asset_the_pages_load_is_embedded_in_the_library()
    {
        var names = typeof(AgreementKitWebOptions).Assembly.GetManifestResourceNames();
        Assert.Contains("AgreementKit.Web.Assets.app.js", names);
        Assert.Contains("AgreementKit.Web.Assets.app.css", names);
    }
}
