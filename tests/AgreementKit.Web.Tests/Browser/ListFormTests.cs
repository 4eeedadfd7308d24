using System.Text;
using AgreementKit.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AgreementKit.Web.Tests.Browser;

/// <summary>What the shipped schemas do not have but a pack may: lists that grow and shrink, named choices, a checkbox.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListFormTests(BrowserFixture browser, TestPackServerFixture server) : IClassFixture<TestPackServerFixture>
{
    [Fact]
    public async Task A_list_grows_and_shrinks_and_its_items_get_their_own_messages()
    {
        var page = await AgreementPageDriver.OpenAsync(browser, server, "test-lists", "zh-Hans");
        var list = page.Member("duties");
        Assert.Equal(1, await list.Locator(".list-item").CountAsync());
        Assert.Equal(["初级", "高级"], (await page.Input("level").Locator("option").AllInnerTextsAsync()).Skip(1));

        await list.Locator(".add-item").ClickAsync();
        await page.SettleAsync();
        var second = list.Locator(".list-item").Nth(1);
        await second.Locator("[data-key='title'] input").FillAsync("回访重点客户");
        await page.SettleAsync();
        // The new item's hours are still empty: the engine's message lands on that item's field.
        var hours = page.Member("duties[1].hours");
        Assert.Contains("AK1101", await hours.Locator(":scope > .error").InnerTextAsync());
        await hours.Locator("input").FillAsync("4");
        await page.SettleAsync();
        await page.Input("level").SelectOptionAsync("senior");
        await page.Input("remote").CheckAsync();
        await page.SettleAsync();

        var preview = await page.PreviewTextAsync();
        Assert.Contains("（2）回访重点客户，每周4小时。", preview);
        Assert.Contains("级别：高级；可以远程办公。", preview);
        var (json, _) = await page.DownloadAsync("json");
        var parameters = JObject.Parse(Encoding.UTF8.GetString(json));
        Assert.Equal(2, ((JArray)parameters["duties"]!).Count);
        Assert.Equal(4, (int)parameters["duties"]![1]!["hours"]!);
        Assert.True((bool)parameters["remote"]!);

        // At the schema's maximum the add button is off; at its minimum the last item cannot be removed.
        await list.Locator(".add-item").ClickAsync();
        await list.Locator(".add-item").ClickAsync();
        Assert.True(await list.Locator(".add-item").IsDisabledAsync());
        for (var i = 0; i < 3; i++) await list.Locator(".remove-item").First.ClickAsync();
        await page.SettleAsync();
        Assert.Equal(1, await list.Locator(".list-item").CountAsync());
        Assert.True(await list.Locator(".remove-item").IsDisabledAsync());
        Assert.Contains("回访重点客户", await page.PreviewTextAsync());
        Assert.True(page.ConsoleErrors.Count == 0, string.Join("\n", page.ConsoleErrors));
        await page.CloseAsync();
    }
}
