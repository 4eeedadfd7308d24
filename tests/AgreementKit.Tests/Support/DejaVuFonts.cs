namespace AgreementKit.Tests.Support;

/// <summary>
/// TrueType fonts from Debian's fonts-dejavu-core (.ci/run installs it): Latin fonts with composite
/// glyphs, standing in for a user's own font. A missing file fails the test rather than skipping it.
/// </summary>
internal static class DejaVuFonts
{
    public static string Require(string fileName)
    {
        var path = Path.Combine("/usr/share/fonts/truetype/dejavu", fileName);
        Assert.True(File.Exists(path), $"{path} is missing; install fonts-dejavu-core (apt-get install fonts-dejavu-core).");
        return path;
    }
}
