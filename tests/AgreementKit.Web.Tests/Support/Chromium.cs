using Microsoft.Playwright;

namespace AgreementKit.Web.Tests.Support;

/// <summary>
/// Debian's chromium, driven by Playwright's own driver (shipped in the NuGet package): no browser download,
/// no <c>playwright install</c>. A missing chromium fails the test, on CI and locally alike — a browser test
/// that silently does not run proves nothing.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        var ci = Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true)" : "";
        Assert.True(File.Exists(Path), $"chromium is not installed at {Path}{ci}; install it with apt-get install chromium (.ci/run does)");
        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        };
    }
}
