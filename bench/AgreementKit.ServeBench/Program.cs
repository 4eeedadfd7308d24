// The web app's figures: the preview latency of the agent contract in chromium (median of 20 edits), and
// the batch page's docs/s on an HR export, through the same HTTP calls the page makes. Usage:
//   AgreementKit.ServeBench <folder with reps.csv, defaults.json, map.json>
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementKit.Cli.Serve;
using Microsoft.Playwright;

var folder = args.Length > 0 ? args[0] : throw new ArgumentException("give the folder holding reps.csv, defaults.json and map.json");
await using var server = await ServeHost.StartAsync(ServeSettings.Loopback(), verbose: false, configure: null, CancellationToken.None);
Console.WriteLine($"serve on {server.Url} ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})");

// Preview latency: from the last input event to the new preview shown in the frame (the page waits 250 ms
// for typing to stop before it asks; that pause is part of the figure).
using (var playwright = await Playwright.CreateAsync())
{
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium", Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
    await page.GotoAsync(new Uri(server.Url, "agreement/agent-loyalty-strategy/zh-Hans").ToString());
    const string settled = "() => document.body.dataset.state === 'idle' && document.body.dataset.previewed !== undefined";
    await page.WaitForFunctionAsync(settled);
    var latencies = new List<double>();
    var wall = new List<double>();
    for (var i = 0; i < 23; i++)
    {
        var before = await page.EvaluateAsync<string>("() => document.body.dataset.previewed");
        var clock = Stopwatch.StartNew();
        await page.FillAsync("#ak-form [name='company.name']", $"宁波海曙新桥贸易有限公司{i}");
        await page.WaitForFunctionAsync($"() => document.body.dataset.state === 'idle' && document.body.dataset.previewed !== '{before}'");
        clock.Stop();
        if (i < 3) continue; // warm-up: JIT and first renders
        latencies.Add(double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.latency"), System.Globalization.CultureInfo.InvariantCulture));
        wall.Add(clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"preview, agent contract, 20 edits: median {Median(latencies):F0} ms from the edit to the new preview shown (page's own clock; min {latencies.Min():F0}, max {latencies.Max():F0}), of which 250 ms is the typing pause; {Median(wall):F0} ms as the test driver sees it");
}

// The batch page's docs/s: upload, run with the column map, poll like the page, until the ZIP is ready.
using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.Url };
var html = await http.GetStringAsync("batch/zh-Hans");
var token = Regex.Match(html, "<meta name=\"ak-csrf\" content=\"([^\"]+)\">").Groups[1].Value;
http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
foreach (var format in new[] { "docx", "pdf" })
{
    var total = Stopwatch.StartNew();
    var form = new MultipartFormDataContent { { new StringContent("sales-crm-responsibility"), "pack" }, { new StringContent("zh-Hans"), "locale" }, { new StringContent(format), "format" } };
    foreach (var (field, file) in new[] { ("data", "reps.csv"), ("defaults", "defaults.json"), ("map", "map.json") })
    {
        var part = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(folder, file)));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, field, file);
    }

    var upload = await http.PostAsync("api/batch?locale=zh-Hans", form);
    var batch = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("batch");
    var id = batch.GetProperty("id").GetString();
    var mapping = batch.GetProperty("mapping").GetRawText();
    await http.PostAsync($"api/batch/{id}/run", new StringContent($"{{\"mapping\":{mapping}}}", System.Text.Encoding.UTF8, "application/json"));
    JsonElement status;
    do
    {
        await Task.Delay(200);
        status = JsonDocument.Parse(await http.GetStringAsync("api/batch")).RootElement.GetProperty("batch");
    }
    while (status.GetProperty("state").GetString() is "running");
    total.Stop();
    var result = status.GetProperty("result");
    var documents = result.GetProperty("documents").GetInt32();
    Console.WriteLine($"batch page, {format}: {documents} documents, {result.GetProperty("docsPerSecond").GetDouble():F1} docs/s while running, " +
        $"{documents / total.Elapsed.TotalSeconds:F1} docs/s from upload to ZIP ready ({total.Elapsed.TotalSeconds:F1} s)");
}

return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
