using System.Net;
using System.Text;
using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Http;

/// <summary>
/// What the server promises before any page runs: a strict policy and the other security headers, no
/// state change without the antiforgery token, no other Host than its own on loopback, and limits on what a
/// request may carry.
/// </summary>
public sealed class SecurityTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string> Pages => new() { "", "?ui=zh-Hant", "agreement/sales-crm-responsibility/zh-Hans", "agreement/agent-loyalty-strategy/zh-Hant", "batch/zh-Hans" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_strict_policy_and_the_security_headers(string path)
    {
        using var client = new AppClient(server.Url);
        var response = await client.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("http", policy);
        Assert.DoesNotContain("*", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("(src|href)=\"https?://", html);
        // The only script elements are the app's own file and JSON data blocks, which never run.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value),
            tag => Assert.Matches("src=\"/assets/app.js\"|type=\"application/json\"", tag));
    }

    [Fact]
    public async Task State_changing_requests_without_the_antiforgery_token_are_refused()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/sales-crm-responsibility/zh-Hans");
        var example = ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!;

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", example, withToken: false)).StatusCode);
        var forged = new HttpRequestMessage(HttpMethod.Post, "api/preview?pack=sales-crm-responsibility&locale=zh-Hans") { Content = new StringContent(example, Encoding.UTF8, "application/json") };
        forged.Headers.Add("X-CSRF-TOKEN", "forged");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.SendAsync(forged)).StatusCode);
        foreach (var action in new[] { "download", "api/batch", "api/batch/x/run", "api/batch/x/cancel" })
        {
            var post = await client.Http.PostAsync(action, new FormUrlEncodedContent([new("format", "docx"), new("parameters", example)]));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }

        var accepted = await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", example);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("\"preview\":\"/preview/", await accepted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_download_form_carries_its_token_as_a_field_and_is_refused_without_it()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/sales-crm-responsibility/zh-Hans");
        var example = ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!;
        MultipartFormDataContent Form(string? token)
        {
            var form = new MultipartFormDataContent { { new StringContent("sales-crm-responsibility"), "pack" }, { new StringContent("zh-Hans"), "locale" }, { new StringContent("docx"), "format" }, { new StringContent(example), "parameters" } };
            if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
            return form;
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.PostAsync("download", Form(null))).StatusCode);
        var ok = await client.Http.PostAsync("download", Form(client.Token));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("LC-CRM-2025-0086.docx", ok.Content.Headers.ContentDisposition!.FileNameStar ?? ok.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("PK", Encoding.ASCII.GetString((await ok.Content.ReadAsByteArrayAsync())[..2]));
    }

    [Fact]
    public async Task The_preview_document_allows_only_its_own_hashed_styles_and_framing_by_the_app()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/sales-crm-responsibility/zh-Hans");
        var reply = await (await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!)).Content.ReadAsStringAsync();
        var url = System.Text.RegularExpressions.Regex.Match(reply, "\"preview\":\"([^\"]+)\"").Groups[1].Value;
        var preview = await client.Http.GetAsync(url.TrimStart('/'));
        var policy = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Matches("style-src 'sha256-[A-Za-z0-9+/=]+'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("preview/0123456789abcdef0123456789abcdef")).StatusCode);
    }

    [Fact]
    public async Task A_host_name_other_than_loopback_is_refused()
    {
        using var client = new AppClient(server.Url);
        var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.SendAsync(request)).StatusCode);
        request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Host = $"localhost:{server.Url.Port}";
        Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Parameters_larger_than_the_command_lines_limit_are_refused()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/sales-crm-responsibility/zh-Hans");
        var huge = "{\"x\":\"" + new string('a', 4 * 1024 * 1024 + 2048) + "\"}";
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", huge)).StatusCode);
        // Just over 4 MB but within the request limit: the engine says it as the CLI does.
        var over = "{\"x\":\"" + new string('a', 4 * 1024 * 1024) + "\"}";
        var reply = await (await client.PreviewAsync("sales-crm-responsibility", "zh-Hans", over)).Content.ReadAsStringAsync();
        Assert.Contains("AK1004", reply);
    }

    [Fact]
    public async Task Unknown_packs_and_assets_are_not_found_and_no_path_is_taken_from_the_request()
    {
        using var client = new AppClient(server.Url);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("agreement/..%2F..%2Fetc/zh-Hans")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("assets/..%2FAgreementKit.Web.dll")).StatusCode);
        var script = await client.Http.GetAsync("assets/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
    }
}
