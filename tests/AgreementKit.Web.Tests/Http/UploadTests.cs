using System.Net;
using System.Text;
using System.Text.Json;
using AgreementKit.Web.Tests.Support;
using MiniExcelLibs;

namespace AgreementKit.Web.Tests.Http;

/// <summary>What the batch page is told about an Excel export, and the archival PDF download.</summary>
public sealed class UploadTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_excel_export_shows_its_headers_first_row_and_proposed_fields()
    {
        using var folder = new TempFolder();
        var path = folder["名单.xlsx"];
        MiniExcel.SaveAs(path, new List<Dictionary<string, object?>>
        {
            new() { ["合同编号"] = "007", ["姓名"] = "王伟", ["开始日期"] = new DateTime(2025, 1, 1), ["结束日期"] = new DateTime(2025, 12, 31), ["部门"] = "华东大区销售部", ["入职日期"] = new DateTime(2019, 3, 1) },
        });
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var response = await client.UploadAsync("sales-crm-responsibility", ("data", "名单.xlsx", await File.ReadAllBytesAsync(path)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var batch = JsonDocument.Parse(text).RootElement.GetProperty("batch");
        Assert.Equal(["合同编号", "姓名", "开始日期", "结束日期", "部门", "入职日期"], batch.GetProperty("headers").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["007", "王伟", "2025-01-01", "2025-12-31", "华东大区销售部", "2019-03-01"], batch.GetProperty("samples").EnumerateArray().Select(h => h.GetString()));
        var mapping = batch.GetProperty("mapping");
        Assert.Equal("salesperson.department", mapping.GetProperty("部门").GetString());
        Assert.Equal("term.start", mapping.GetProperty("开始日期").GetString());
        Assert.Equal("名单.xlsx", batch.GetProperty("fileName").GetString());
        // 入职日期 is no field of the pack: it starts as 不使用, flagged.
        Assert.Equal([5], batch.GetProperty("unmatched").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal([5], batch.GetProperty("ignored").EnumerateArray().Select(i => i.GetInt32()));
    }

    [Fact]
    public async Task A_column_set_to_ignore_is_named_by_its_place_and_header_in_the_upload()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var response = await client.UploadAsync("sales-crm-responsibility",
            ("data", "reps.csv", "contract.number,部门编码\nHT-1,D-01\n"u8.ToArray()), ("defaults", "defaults.json", Encoding.UTF8.GetBytes(ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!)));
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetProperty("id").GetString();

        // A page that shows another upload (a header that is not at that place) is refused; nothing starts.
        foreach (var stale in new[] { """{"ignored": [{"index": 1, "header": "入职日期"}]}""", """{"ignored": [{"index": 2, "header": "部门编码"}]}""", """{"ignored": [{"index": -1, "header": ""}]}""" })
        {
            var refused = await client.Http.SendAsync(Post($"api/batch/{id}/check", stale, client.Token));
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("重新载入页面", await refused.Content.ReadAsStringAsync());
        }

        var bad = await client.Http.SendAsync(Post($"api/batch/{id}/check", """{"ignored": [{"index": "1", "header": 5}]}""", client.Token));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var accepted = await client.Http.SendAsync(Post($"api/batch/{id}/check", """{"mapping": {}, "ignored": [{"index": 1, "header": "部门编码"}]}""", client.Token));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var state = "";
        for (var i = 0; i < 600 && state != "checked"; i++)
        {
            await Task.Delay(50);
            state = JsonDocument.Parse(await client.Http.GetStringAsync("api/batch")).RootElement.GetProperty("batch").GetProperty("state").GetString()!;
        }

        var batch = JsonDocument.Parse(await client.Http.GetStringAsync("api/batch")).RootElement.GetProperty("batch");
        Assert.Equal("checked", batch.GetProperty("state").GetString());
        Assert.Equal((1, 0), (batch.GetProperty("check").GetProperty("passed").GetInt32(), batch.GetProperty("check").GetProperty("failed").GetInt32()));
        Assert.Equal([1], batch.GetProperty("ignored").EnumerateArray().Select(i => i.GetInt32()));
    }

    [Fact]
    public async Task A_json_lines_key_set_to_ignore_is_left_out_of_every_record()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var response = await client.UploadAsync("sales-crm-responsibility",
            ("data", "reps.jsonl", "{\"contract.number\": \"J-1\", \"hrCode\": \"D-01\"}\n{\"contract.number\": \"J-2\", \"hrCode\": 7}\n"u8.ToArray()),
            ("defaults", "defaults.json", Encoding.UTF8.GetBytes(ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!)));
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("batch").GetProperty("id").GetString();

        // Not set aside (as an older page would send), the key no field holds is an error in each record; left out, both records pass.
        Assert.Equal((0, 2), await CheckAsync(client, id!, """{"mapping": {"contract.number": "contract.number"}}"""));
        Assert.Equal((2, 0), await CheckAsync(client, id!, """{"mapping": {"contract.number": "contract.number"}, "ignored": [{"index": 1, "header": "hrCode"}]}"""));
    }

    /// <summary>Starts a check and waits for it: the rows that passed and failed.</summary>
    private static async Task<(int Passed, int Failed)> CheckAsync(AppClient client, string id, string body)
    {
        var accepted = await client.Http.SendAsync(Post($"api/batch/{id}/check", body, client.Token));
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var batch = default(JsonElement);
        for (var i = 0; i < 600; i++)
        {
            batch = JsonDocument.Parse(await client.Http.GetStringAsync("api/batch")).RootElement.GetProperty("batch");
            if (batch.GetProperty("state").GetString() is "checked" or "failed") break;
            await Task.Delay(50);
        }

        Assert.Equal("checked", batch.GetProperty("state").GetString());
        var check = batch.GetProperty("check");
        return (check.GetProperty("passed").GetInt32(), check.GetProperty("failed").GetInt32());
    }

    private static HttpRequestMessage Post(string path, string json, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return request;
    }

    [Fact]
    public async Task A_broken_defaults_file_is_refused_with_the_lines_validate_would_print()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var response = await client.UploadAsync("sales-crm-responsibility",
            ("data", "reps.csv", "contract.number\nHT-1\n"u8.ToArray()), ("defaults", "公司默认.json", "{ \"company\": { \"name\": \"甲\", } }"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("公司默认.json(1,", text);
        Assert.Contains("AK1002", text);
        Assert.Contains("\"batch\":null", await client.Http.GetStringAsync("api/batch"));
    }

    [Fact]
    public async Task The_archival_download_is_pdf_a()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/sales-crm-responsibility/zh-Hans");
        var form = new MultipartFormDataContent
        {
            { new StringContent("sales-crm-responsibility"), "pack" }, { new StringContent("zh-Hans"), "locale" }, { new StringContent("pdfa"), "format" },
            { new StringContent(ShippedCases.Engine.GetPack("sales-crm-responsibility").GetExample("zh-Hans")!), "parameters" },
            { new StringContent(client.Token), "__RequestVerificationToken" },
        };
        var response = await client.Http.PostAsync("download", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("-pdfa.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var pdf = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("%PDF-", pdf);
        Assert.Contains("pdfaid:part", pdf);
    }
}
