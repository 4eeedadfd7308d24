using Microsoft.Playwright;

namespace AgreementKit.Web.Tests.Support;

/// <summary>The agreement page as a user works it: fields by parameter path, the preview's text, the downloads.</summary>
internal sealed class AgreementPageDriver(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<AgreementPageDriver> OpenAsync(BrowserFixture browser, ServerFixture server, string pack, string locale)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(server.Address($"agreement/{pack}/{locale}"));
        var driver = new AgreementPageDriver(page) { ConsoleErrors = errors };
        await driver.SettleAsync();
        return driver;
    }

    /// <summary>Script errors and CSP refusals the page reported; a page that works has none.</summary>
    public List<string> ConsoleErrors { get; private init; } = [];

    /// <summary>The member (field, group or list) of a parameter path.</summary>
    public ILocator Member(string path) => Page.Locator($"[data-path=\"{path}\"]");

    /// <summary>The input of a field outside lists (its name is its path).</summary>
    public ILocator Input(string path) => Page.Locator($"#ak-form [name=\"{path}\"]");

    /// <summary>Waits until the last change has been checked and, when it has no error, previewed.</summary>
    public Task SettleAsync() =>
        Page.WaitForFunctionAsync("() => document.body.dataset.state === 'idle' && document.body.dataset.checked !== undefined");

    public async Task FillAsync(string path, string value)
    {
        await Input(path).FillAsync(value);
        await SettleAsync();
    }

    public async Task SelectAsync(string path, string value)
    {
        await Input(path).SelectOptionAsync(value);
        await SettleAsync();
    }

    public async Task<string> PreviewTextAsync() =>
        DocumentText.Squeeze(await Page.FrameLocator("#ak-preview").Locator("body").InnerTextAsync());

    public async Task<string> StatusAsync() => await Page.Locator("#ak-status").InnerTextAsync();

    /// <summary>Clicks a download button and returns the file the browser saved, with its suggested name.</summary>
    public async Task<(byte[] Bytes, string Name)> DownloadAsync(string format)
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync($"[data-download=\"{format}\"]"));
        var path = await download.PathAsync();
        return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }

    public async Task CloseAsync() => await Page.Context.CloseAsync();
}
