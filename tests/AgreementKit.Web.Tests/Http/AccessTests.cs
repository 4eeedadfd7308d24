using System.Net;
using System.Net.Http.Headers;
using AgreementKit.Cli;
using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Http;

/// <summary>
/// Loopback by default; another address only with a token every request carries; the render limit answers
/// "busy" instead of piling up work.
/// </summary>
public sealed class AccessTests(TokenServerFixture server) : IClassFixture<TokenServerFixture>
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("::")]
    public async Task Serve_refuses_a_non_loopback_address_without_a_token(string host)
    {
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["serve", "--host", host, "--port", "0"], new StringWriter(), stderr, CancellationToken.None);
        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("--token", stderr.ToString());
        Assert.Contains("not a loopback address", stderr.ToString());
    }

    [Fact]
    public async Task A_token_file_must_hold_a_real_secret()
    {
        using var folder = new TempFolder();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["serve", "--host", "0.0.0.0", "--port", "0", "--token", folder.Write("token.txt", "short\n")], new StringWriter(), stderr, CancellationToken.None);
        Assert.Equal(CliApp.Usage, code);
        Assert.Contains("at least 16 characters", stderr.ToString());
    }

    [Fact]
    public async Task With_a_token_every_request_must_carry_it()
    {
        using var client = new AppClient(server.Url);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("?token=wrong-token-5b0c4f1e9a7d")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("assets/app.js")).StatusCode);

        var first = await client.Http.GetAsync($"batch/zh-Hans?token={TokenServerFixture.Token}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/batch/zh-Hans", first.Headers.Location!.OriginalString);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("batch/zh-Hans")).StatusCode);

        using var api = new HttpClient { BaseAddress = server.Url };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenServerFixture.Token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("api/batch")).StatusCode);
    }
}

/// <summary>One render slot: while a download holds it, a preview is told the server is busy.</summary>
public sealed class RenderLimitTests(GatedServerFixture server) : IClassFixture<GatedServerFixture>
{
    [Fact]
    public async Task Renders_beyond_the_limit_wait_and_are_then_told_the_server_is_busy()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/sales-crm-responsibility/zh-Hans");
        var example = ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent("sales-crm-responsibility"), "pack" }, { new StringContent("zh-Hans"), "locale" },
            { new StringContent("docx"), "format" }, { new StringContent(example), "parameters" }, { new StringContent(client.Token), "__RequestVerificationToken" },
        };
        var download = client.Http.PostAsync("download", form);
        await Browser.RunningBatchTests.WaitUntil(() => server.Waiting > 0);

        var busy = await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", example);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Contains("服务器正忙", await busy.Content.ReadAsStringAsync());

        server.Open();
        Assert.Equal(HttpStatusCode.OK, (await download).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", example)).StatusCode);
    }
}
