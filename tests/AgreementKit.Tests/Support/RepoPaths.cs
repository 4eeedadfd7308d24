namespace AgreementKit.Tests.Support;

/// <summary>Paths in the repository the tests read (golden files, shipped packs).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Golden => Path.Combine(Root, "tests", "AgreementKit.Tests", "Golden");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AgreementKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("the tests run outside the repository (no AgreementKit.sln above " + AppContext.BaseDirectory + ")");
    }
}
