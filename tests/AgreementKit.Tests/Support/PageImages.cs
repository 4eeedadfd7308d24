namespace AgreementKit.Tests.Support;

/// <summary>
/// A PDF page as poppler draws it (pdftoppm, 8-bit grey, PGM bytes), to compare how two files look.
/// </summary>
internal static class PageImages
{
    public static byte[] Gray(byte[] pdf, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"agreementkit-{Environment.ProcessId}-{Guid.NewGuid():N}");
        File.WriteAllBytes(prefix + ".pdf", pdf);
        try
        {
            var run = ExternalTool.Run("pdftoppm", "-r", $"{dpi}", "-gray", "-f", $"{page}", "-l", $"{page}", "-singlefile", prefix + ".pdf", prefix);
            Assert.True(run.ExitCode == 0, run.Output);
            return File.ReadAllBytes(prefix + ".pgm");
        }
        finally
        {
            File.Delete(prefix + ".pdf");
            File.Delete(prefix + ".pgm");
        }
    }
}
