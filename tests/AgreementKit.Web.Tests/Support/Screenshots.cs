using Microsoft.Playwright;

namespace AgreementKit.Web.Tests.Support;

/// <summary>Saves what the browser shows, for a person to look at after the run (artifacts/screenshots).</summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        var path = System.IO.Path.Combine(Repo.Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 10_000, $"the screenshot {path} is empty");
    }
}
