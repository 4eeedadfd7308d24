using System.Net;
using System.Text;
using AgreementKit.Web.Tests.Support;

namespace AgreementKit.Web.Tests.Http;

/// <summary>
/// A template past its time budget, a writer that never finishes, an upload over the limit, a file name that
/// tries to be a path, and a batch left idle: each ends in a message or a clean folder, never in a hung
/// request or a file where it does not belong.
/// </summary>
public sealed class LimitTests(TestPackServerFixture server) : IClassFixture<TestPackServerFixture>
{
    [Fact]
    public async Task A_template_past_its_time_budget_is_an_error_message()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/slow-pack/zh-Hans");
        var response = await client.PreviewAsync("slow-pack", "zh-Hans", """{ "name": "甲" }""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":\"AK2104\"", reply);
        Assert.Contains("\"preview\":null", reply);
    }

    [Fact]
    public async Task A_render_that_does_not_finish_is_answered_at_the_deadline()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("agreement/hang-pack/zh-Hans");
        var response = await client.PreviewAsync("hang-pack", "zh-Hans", """{ "name": "甲" }""");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("took longer than 4 s", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_and_leaves_nothing()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var big = Encoding.UTF8.GetBytes("contract.number\n" + string.Concat(Enumerable.Repeat("HT-0000000001\n", 110_000)));
        var response = await client.UploadAsync("test-lists", ("data", "big.csv", big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上传上限 1 MB", await response.Content.ReadAsStringAsync());
        Assert.Empty(JobFolders());
    }

    [Fact]
    public async Task An_uploaded_name_never_becomes_a_path_and_an_idle_batch_is_deleted_after_the_retention_time()
    {
        using var client = new AppClient(server.Url);
        await client.OpenAsync("batch/zh-Hans");
        var csv = Encoding.UTF8.GetBytes("company.name,term.start\n甲公司,2025-01-01\n");
        var response = await client.UploadAsync("test-lists", ("data", "../../../escape.csv", csv));
        var reply = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, reply);
        Assert.Contains("\"fileName\":\"escape.csv\"", reply);
        var job = Assert.Single(JobFolders());
        Assert.Equal(["data.csv"], Directory.GetFiles(job).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(server.WorkFolder)!, "escape.csv", SearchOption.TopDirectoryOnly));
        Assert.Empty(Directory.EnumerateFiles(server.WorkFolder, "escape.csv", SearchOption.AllDirectories));

        // Retention is 300 ms here: the batch is gone without anyone asking.
        await Browser.RunningBatchTests.WaitUntil(() => !Directory.Exists(job));
        var status = await client.Http.GetStringAsync("api/batch");
        Assert.Contains("\"batch\":null", status);
    }

    private IEnumerable<string> JobFolders() =>
        Directory.GetDirectories(server.WorkFolder).SelectMany(Directory.GetDirectories);
}
