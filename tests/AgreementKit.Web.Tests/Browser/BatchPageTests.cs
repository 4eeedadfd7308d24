using System.IO.Compression;
using AgreementKit.Cli;
using AgreementKit.Web.Tests.Support;
using Xunit.Abstractions;

namespace AgreementKit.Web.Tests.Browser;

/// <summary>
/// HR's page in a real browser: an Excel export in, columns mapped (the engine proposes, the user completes),
/// every row checked with its errors in a table, the batch run with a progress bar, and a ZIP out whose
/// documents and reports are those of <c>agreementkit batch</c> on the same files.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BatchPageTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task An_export_of_200_rows_with_3_bad_rows_shows_3_errors_and_delivers_197_documents_as_the_cli_does()
    {
        using var folder = new TempFolder();
        var export = HrExport.Write(folder.Path, 200);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address("batch/zh-Hans"));
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState !== undefined");
        await page.SelectOptionAsync("#b-pack", "sales-crm-responsibility");
        await page.SetInputFilesAsync("#b-data", export.Csv);
        await page.SetInputFilesAsync("#b-defaults", export.Defaults);
        await page.SetInputFilesAsync("#b-map", export.Map);
        await page.ClickAsync("#b-upload-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'ready'");

        // The map file gave three columns, the engine proposes the dates; 邮箱 could be either party's: the user picks.
        Assert.Equal("contract.number", await page.InputValueAsync("select[data-header='合同编号']"));
        Assert.Equal("term.start", await page.InputValueAsync("select[data-header='开始日期']"));
        Assert.Equal("term.end", await page.InputValueAsync("select[data-header='结束日期']"));
        Assert.Equal("", await page.InputValueAsync("select[data-header='邮箱']"));
        await page.SelectOptionAsync("select[data-header='邮箱']", "salesperson.email");

        await page.ClickAsync("#b-check");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'checked'", null, new() { Timeout = 120_000 });
        Assert.Contains("共 200 行：197 行可以生成，3 行有错误", await page.InnerTextAsync("#b-check-summary"));
        var rows = await page.Locator("#b-errors tbody tr.error td:first-child").AllInnerTextsAsync();
        Assert.Equal(HrExport.BadRows.Select(r => r.ToString()), rows);
        var codes = await page.Locator("#b-errors tbody tr.error td:nth-child(4)").AllInnerTextsAsync();
        Assert.Equal(["AK1105", "AK5002", "AK1111"], codes);
        await Screenshots.SaveAsync(page, "batch-checked", fullPage: true);

        await page.ClickAsync("#b-run");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'finished'", null, new() { Timeout = 300_000 });
        var done = await page.InnerTextAsync("#b-progress-text");
        Assert.Contains("完成：197 份文件，3 行失败", done);
        output.WriteLine(done);
        await Screenshots.SaveAsync(page, "batch", fullPage: true);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#b-zip"));
        using var zip = ZipFile.OpenRead(await download.PathAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(197, names.Count(n => n.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.Contains("errors.csv", names);
        Assert.Contains("manifest.jsonl", names);

        // The same files through the command line give the same documents and the same error report.
        var cliOut = folder["cli"];
        var mapped = folder.Write("map-all.json", """{"合同编号": "contract.number", "姓名": "salesperson.name", "工号": "salesperson.employeeId", "开始日期": "term.start", "结束日期": "term.end", "邮箱": "salesperson.email"}""");
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["batch", "sales-crm-responsibility", "--data", export.Csv, "--defaults", export.Defaults, "--map", mapped, "--out", cliOut, "--quiet"], new StringWriter(), stderr, CancellationToken.None);
        Assert.True(code == 1, stderr.ToString());
        foreach (var document in Directory.EnumerateFiles(cliOut, "*.docx"))
        {
            using var entry = zip.GetEntry(Path.GetFileName(document))!.Open();
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy);
            var expected = await File.ReadAllBytesAsync(document);
            Assert.True(copy.ToArray().SequenceEqual(expected), $"{Path.GetFileName(document)} differs from the CLI's");
        }

        Assert.Equal(197, Directory.EnumerateFiles(cliOut, "*.docx").Count());
        using (var errors = zip.GetEntry("errors.csv")!.Open())
        using (var reader = new StreamReader(errors))
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(cliOut, "errors.csv")), await reader.ReadToEndAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Columns_no_field_holds_are_set_aside_and_the_documents_equal_the_cli_on_the_file_without_them()
    {
        using var folder = new TempFolder();
        var export = HrExport.Write(folder.Path, 30, extraColumns: true);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address("batch/zh-Hans"));
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState !== undefined");
        await page.SelectOptionAsync("#b-pack", "sales-crm-responsibility");
        await page.SetInputFilesAsync("#b-data", export.Csv);
        await page.SetInputFilesAsync("#b-defaults", export.Defaults);
        await page.SetInputFilesAsync("#b-map", export.Map);
        await page.ClickAsync("#b-upload-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'ready'");

        // Nothing proposes a field for 部门编码 or 入职日期 (nor one of two for 邮箱): each starts as 不使用, flagged.
        foreach (var header in HrExport.ExtraHeaders.Append("邮箱"))
        {
            var row = page.Locator("#b-columns tbody tr", new() { Has = page.Locator($"select[data-header='{header}']") });
            Assert.Equal("", await page.InputValueAsync($"select[data-header='{header}']"));
            Assert.Equal("不使用", await row.Locator("select option:checked").InnerTextAsync());
            Assert.Contains("unmatched", await row.GetAttributeAsync("class") ?? "");
            Assert.True(await row.Locator(".flag").IsVisibleAsync(), header);
        }

        Assert.Contains("3 列不使用", await page.InnerTextAsync("#b-ignored"));
        await page.SelectOptionAsync("select[data-header='邮箱']", "salesperson.email");
        var note = await page.InnerTextAsync("#b-ignored");
        Assert.Contains("2 列不使用", note);
        Assert.Contains("部门编码、入职日期", note);
        Assert.False(await page.Locator("tr:has(select[data-header='邮箱']) .flag").IsVisibleAsync());

        await page.ClickAsync("#b-check");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'checked'", null, new() { Timeout = 120_000 });
        Assert.Contains("共 30 行：29 行可以生成，1 行有错误", await page.InnerTextAsync("#b-check-summary"));
        // The error names the field in the edition's words beside its path.
        Assert.Equal("起始日（term.start）", await page.InnerTextAsync("#b-errors tbody tr.error td:nth-child(3)"));

        // After a reload the page shows the choice the check ran with.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'checked'");
        Assert.Equal("", await page.InputValueAsync("select[data-header='部门编码']"));
        Assert.Equal("salesperson.email", await page.InputValueAsync("select[data-header='邮箱']"));

        await page.ClickAsync("#b-run");
        await page.WaitForFunctionAsync("() => document.body.dataset.batchState === 'finished'", null, new() { Timeout = 300_000 });
        Assert.Contains("完成：29 份文件，1 行失败", await page.InnerTextAsync("#b-progress-text"));
        await Screenshots.SaveAsync(page, "batch-ignored-columns", fullPage: true);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#b-zip"));
        using var zip = ZipFile.OpenRead(await download.PathAsync());

        // The command line on the export without the two columns gives the same documents and the same report.
        var cliOut = folder["cli"];
        var mapped = folder.Write("map-all.json", """{"合同编号": "contract.number", "姓名": "salesperson.name", "工号": "salesperson.employeeId", "开始日期": "term.start", "结束日期": "term.end", "邮箱": "salesperson.email"}""");
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["batch", "sales-crm-responsibility", "--data", export.Plain!, "--defaults", export.Defaults, "--map", mapped, "--out", cliOut, "--quiet"], new StringWriter(), stderr, CancellationToken.None);
        Assert.True(code == 1, stderr.ToString());
        var documents = Directory.EnumerateFiles(cliOut, "*.docx").ToList();
        Assert.Equal(29, documents.Count);
        Assert.Equal(documents.Select(Path.GetFileName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".docx", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var document in documents)
        {
            using var entry = zip.GetEntry(Path.GetFileName(document))!.Open();
            using var copy = new MemoryStream();
            await entry.CopyToAsync(copy);
            var expected = await File.ReadAllBytesAsync(document);
            Assert.True(copy.ToArray().SequenceEqual(expected), $"{Path.GetFileName(document)} differs from the CLI's");
        }

        using (var errors = zip.GetEntry("errors.csv")!.Open())
        using (var reader = new StreamReader(errors))
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(cliOut, "errors.csv")), await reader.ReadToEndAsync());
        await page.Context.CloseAsync();
    }
}
