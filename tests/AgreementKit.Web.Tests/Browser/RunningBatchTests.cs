using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Browser;

/// <summary>
/// A batch that is running: it survives a page reload, a second batch is refused meanwhile, and a cancelled
/// batch leaves no file behind. The server's DOCX writer waits at a gate, so "running" is certain, not timed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunningBatchTests(BrowserFixture browser, GatedServerFixture server) : IClassFixture<GatedServerFixture>
{
    [Fact]
    public async Task A_running_batch_survives_a_reload_refuses_a_second_one_and_cancelling_removes_its_files()
    {
        using var folder = new TempFolder();
        var data = folder.Write("reps.csv", "contract.number,salesperson.name\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"R-{i:D3},代表{i}")) + "\n");
        var defaults = folder.Write("defaults.json", ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address("batch/zh-Hans"));
        await Upload(page, data, defaults);
        await page.ClickAsync("#b-run");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'running'");
        Assert.True(await page.Locator("#b-cancel").IsVisibleAsync());

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'running'");
        Assert.Contains("reps.csv", await page.InnerTextAsync("#b-file"));
        await page.WaitForSelectorAsync("#b-progress:not([hidden])");
        Assert.Contains("已完成 0 / 12 行", await page.InnerTextAsync("#b-progress-text"));

        // One batch at a time: another window sees this batch running and offers no second upload …
        var other = await browser.NewPageAsync();
        await other.GotoAsync(server.Address("batch/zh-Hans"));
        await other.WaitForFunctionAsync("() => document.body.dataset.batchState === 'running'");
        Assert.True(await other.Locator("#b-upload-form button[type=submit]").IsDisabledAsync());
        await other.Context.CloseAsync();
        // … and the server refuses one that comes anyway.
        using (var client = new AppClient(server.Url))
        {
            await client.OpenAsync("batch/zh-Hans");
            var second = await client.UploadAsync("sales-crm-responsibility", ("data", "other.csv", System.Text.Encoding.UTF8.GetBytes("contract.number\nX-1\n")));
            Assert.Equal(System.Net.HttpStatusCode.Conflict, second.StatusCode);
            Assert.Contains("已有一个批量任务在运行（reps.csv）", await second.Content.ReadAsStringAsync());
        }

        var jobFolders = Directory.GetDirectories(Directory.GetDirectories(server.WorkFolder).Single());
        Assert.Single(jobFolders);
        await page.ClickAsync("#b-cancel");
        await page.WaitForSelectorAsync("#b-message:not([hidden])");
        Assert.Contains("已取消", await page.InnerTextAsync("#b-message"));
        server.Open();
        await WaitUntil(() => !Directory.Exists(jobFolders[0]));

        // After the gate is open a fresh batch runs to the end and can be downloaded.
        await page.ReloadAsync();
        await Upload(page, data, defaults);
        await page.ClickAsync("#b-run");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'finished'", null, new() { Timeout = 120_000 });
        Assert.True(await page.Locator("#b-zip").IsVisibleAsync());
        Assert.Contains("完成：12 份文件，0 行失败", await page.InnerTextAsync("#b-progress-text"));
        await page.Context.CloseAsync();
    }

    private static async Task Upload(Microsoft.Playwright.IPage page, string data, string defaults)
    {
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState !== undefined");
        await page.SelectOptionAsync("#b-pack", "sales-crm-responsibility");
        await page.SetInputFilesAsync("#b-data", data);
        await page.SetInputFilesAsync("#b-defaults", defaults);
        await page.ClickAsync("#b-upload-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'ready'");
        Assert.Equal("contract.number", await page.InputValueAsync("select[data-header='contract.number']"));
    }

    /// <summary>Waits for something the server does in the background, failing after a generous limit.</summary>
    internal static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "the server did not get there within 30 s");
    }
}
