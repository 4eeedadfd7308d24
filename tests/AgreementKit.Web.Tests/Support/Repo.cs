namespace AgreementKit.Web.Tests.Support;

/// <summary>Paths in the repository and the folder where the tests leave artefacts (screenshots) for people.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>Screenshots of every page: <c>artifacts/screenshots</c>, or <c>AK_SCREENSHOTS</c> when set.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("AK_SCREENSHOTS") is { Length: > 0 } chosen ? chosen : Path.Combine(Root, "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AgreementKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("the tests run outside the repository (no AgreementKit.sln above " + AppContext.BaseDirectory + ")");
    }
}
