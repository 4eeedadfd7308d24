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
            new() { ["合同编号"] = "007", ["姓名"] = "王伟", ["开始日期"] = new DateTime(2025, 1, 1), ["结束日期"] = new DateTime(2025, 12, 31), ["部门"] = "华东大区销售部" },
        });
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var response = await client.UploadAsync("sales-crm-responsibility", ("data", "名单.xlsx", await File.ReadAllBytesAsync(path)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var batch = JsonDocument.Parse(text).RootElement.GetProperty("batch");
        Assert.Equal(["合同编号", "姓名", "开始日期", "结束日期", "部门"], batch.GetProperty("headers").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["007", "王伟", "2025-01-01", "2025-12-31", "华东大区销售部"], batch.GetProperty("samples").EnumerateArray().Select(h => h.GetString()));
        var mapping = batch.GetProperty("mapping");
        Assert.Equal("salesperson.department", mapping.GetProperty("部门").GetString());
        Assert.Equal("term.start", mapping.GetProperty("开始日期").GetString());
        Assert.Equal("名单.xlsx", batch.GetProperty("fileName").GetString());
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
