using System.Text;
using AgreementKit.Web.Tests.Support;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace AgreementKit.Web.Tests.Browser;

/// <summary>
/// Legal staff's page in a real browser: a form generated from the pack's schema, filled without touching
/// JSON, a preview in the same words and numbering as the documents, and downloads that are exactly what
/// <c>agreementkit render</c> makes of the downloaded parameters.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgreementFormTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Cases => ShippedCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_filled_form_downloads_the_docx_and_pdf_that_render_makes_of_the_downloaded_parameters(string pack, string locale, string lead)
    {
        var page = await AgreementPageDriver.OpenAsync(browser, server, pack, locale);
        if (lead != "-") await page.SelectAsync("leadParty", lead);
        var number = $"WEB-{locale}-{lead}-007";
        await page.FillAsync("contract.number", number);
        var person = pack == "sales-crm-responsibility" ? "salesperson.name" : "agent.name";
        await page.FillAsync(person, "林晓");
        Assert.Equal(0, await page.Page.Locator("#ak-form .has-error").CountAsync());
        var preview = await page.PreviewTextAsync();
        Assert.Contains(number, preview);
        Assert.Contains("林晓", preview);

        var (json, jsonName) = await page.DownloadAsync("json");
        var (docx, docxName) = await page.DownloadAsync("docx");
        var (pdf, pdfName) = await page.DownloadAsync("pdf");
        Assert.Equal([number + ".json", number + ".docx", number + ".pdf"], [jsonName, docxName, pdfName]);
        var parameters = JObject.Parse(Encoding.UTF8.GetString(json));
        Assert.Equal(number, (string?)parameters["contract"]?["number"]);
        if (lead is "company" or "agent") Assert.Null(parameters["intermediary"]);

        var (cliDocx, cliPdf) = CliRender.Render(pack, locale, json);
        Assert.Equal(DocumentText.Docx(cliDocx), DocumentText.Docx(docx));
        Assert.Equal(DocumentText.Pdf(cliPdf), DocumentText.Pdf(pdf));
        Assert.True(cliDocx.AsSpan().SequenceEqual(docx), "the downloaded DOCX differs from agreementkit render's");
        Assert.True(cliPdf.AsSpan().SequenceEqual(pdf), "the downloaded PDF differs from agreementkit render's");

        Assert.Equal(DocumentText.Docx(docx), preview);
        Assert.Equal(DocumentText.Pdf(pdf), preview);
        Assert.True(page.ConsoleErrors.Count == 0, string.Join("\n", page.ConsoleErrors));
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_preview_of_every_shipped_example_reads_as_its_docx_and_pdf(string pack, string locale, string lead)
    {
        using var folder = new TempFolder();
        var example = ShippedCases.Example(pack, locale, lead);
        var file = folder.Write($"{pack}.{locale}.json", example.ToString());
        var page = await AgreementPageDriver.OpenAsync(browser, server, pack, locale);
        await page.Page.SetInputFilesAsync("#ak-load", file);
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.checked > 1 && document.body.dataset.state === 'idle'");
        Assert.Equal(0, await page.Page.Locator("#ak-form .has-error").CountAsync());
        var preview = await page.PreviewTextAsync();
        var (json, _) = await page.DownloadAsync("json");
        var (docx, _) = await page.DownloadAsync("docx");
        var (pdf, _) = await page.DownloadAsync("pdf");

        Assert.Equal(DocumentText.Docx(docx), preview);
        Assert.Equal(DocumentText.Pdf(pdf), preview);
        // The form gives back the example, less the parts that do not apply to this lead party.
        foreach (var rule in Rules(ShippedCases.Engine.GetPack(pack)))
            if (!JToken.DeepEquals(example.SelectToken((string)rule["when"]!), rule["equals"])) example.SelectToken((string)rule["field"]!)?.Parent?.Remove();
        Assert.True(JToken.DeepEquals(example, JObject.Parse(Encoding.UTF8.GetString(json))), Encoding.UTF8.GetString(json));
        Assert.True(page.ConsoleErrors.Count == 0, string.Join("\n", page.ConsoleErrors));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_date_and_a_missing_required_field_show_the_engines_messages_at_those_fields_and_block_the_download()
    {
        var page = await AgreementPageDriver.OpenAsync(browser, server, "sales-crm-responsibility", "zh-Hans");
        await page.FillAsync("contract.signDate", "2025-02-30");
        await page.FillAsync("salesperson.name", "");
        var (json, _) = await page.DownloadAsync("json");
        var expected = ShippedCases.Engine.Validate("sales-crm-responsibility", AgreementParameters.FromUtf8(json)).Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(["AK1101", "AK1105"], expected.Select(d => d.Code).Order());

        foreach (var diagnostic in expected)
        {
            var shown = await page.Member(diagnostic.Location.Path!).Locator(":scope > .error").InnerTextAsync();
            Assert.Contains(diagnostic.Code, shown);
            Assert.Contains(diagnostic.Message, shown);
            // The problem list says it exactly as the command line does.
            Assert.Contains(diagnostic.ToString(), await page.Page.Locator("#ak-problems").InnerTextAsync());
        }

        Assert.Equal("contract.signDate", expected.Single(d => d.Code == "AK1105").Location.Path);
        Assert.Equal("salesperson.name", expected.Single(d => d.Code == "AK1101").Location.Path);
        Assert.Contains("2 个问题", await page.StatusAsync());
        foreach (var format in new[] { "docx", "pdf", "pdfa" })
            Assert.True(await page.Page.Locator($"[data-download=\"{format}\"]").IsDisabledAsync(), $"{format} can be downloaded with errors");
        await Screenshots.SaveAsync(page.Page, "agreement-errors");

        // Past the page's own guard (the same form, posted anyway), the server refuses too, with the engine's message.
        var refused = await page.Page.EvaluateAsync<string>("""
            async () => { const f = document.getElementById('ak-download'); const d = new FormData(f);
                          d.set('format', 'docx'); d.set('parameters', '{"contract":{"signDate":"2025-02-30"}}');
                          const r = await fetch(f.action, { method: 'POST', body: d }); return r.status + ' ' + await r.text(); }
            """);
        Assert.StartsWith("422 ", refused);
        Assert.Contains("AK1105", refused);
        Assert.Contains("无法生成文件", refused);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_intermediary_fields_appear_and_vanish_with_the_lead_party()
    {
        var page = await AgreementPageDriver.OpenAsync(browser, server, "agent-loyalty-strategy", "zh-Hant");
        Assert.False(await page.Member("intermediary").IsVisibleAsync());
        Assert.False(await page.Member("fees").IsVisibleAsync());

        await page.SelectAsync("leadParty", "intermediary");
        Assert.True(await page.Member("intermediary").IsVisibleAsync());
        Assert.True(await page.Member("fees").IsVisibleAsync());
        var name = await page.Input("intermediary.name").InputValueAsync();
        Assert.Contains(name, await page.PreviewTextAsync());

        // Required while it applies: emptied, its fields are reported where they are.
        await page.FillAsync("intermediary.name", "");
        Assert.Contains("AK1101", await page.Member("intermediary.name").Locator(":scope > .error").InnerTextAsync());
        await page.FillAsync("intermediary.name", "臺北聯合顧問股份有限公司");
        Assert.Contains("臺北聯合顧問股份有限公司", await page.PreviewTextAsync());

        await page.SelectAsync("leadParty", "agent");
        Assert.False(await page.Member("intermediary").IsVisibleAsync());
        Assert.DoesNotContain("臺北聯合顧問股份有限公司", await page.PreviewTextAsync());
        var (json, _) = await page.DownloadAsync("json");
        var parameters = JObject.Parse(Encoding.UTF8.GetString(json));
        Assert.Null(parameters["intermediary"]);
        Assert.Null(parameters["fees"]);
        Assert.Equal("agent", (string?)parameters["leadParty"]);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_preview_follows_an_edit_within_the_page()
    {
        var page = await AgreementPageDriver.OpenAsync(browser, server, "agent-loyalty-strategy", "zh-Hans");
        var before = await page.Page.EvaluateAsync<string>("() => document.body.dataset.previewed");
        await page.FillAsync("company.name", "宁波海曙新桥贸易有限公司");
        var after = await page.Page.EvaluateAsync<string>("() => document.body.dataset.previewed");
        Assert.NotEqual(before, after);
        Assert.Contains("宁波海曙新桥贸易有限公司", await page.PreviewTextAsync());
        var latency = await page.Page.EvaluateAsync<string>("() => document.body.dataset.latency");
        output.WriteLine($"edit → preview shown: {latency} ms (250 ms of it is the pause the page waits for typing to stop)");
        await Screenshots.SaveAsync(page.Page, "agreement-form");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Loading_a_parameter_file_fills_the_form_and_lists_what_validate_says_about_it()
    {
        using var folder = new TempFolder();
        var example = ShippedCases.Example("sales-crm-responsibility", "zh-Hans", "-");
        example["salesperson"]!["name"] = "周若溪";
        example["salesperson"]!["nmae"] = "typo";
        var file = folder.Write("周若溪.json", example.ToString());
        var page = await AgreementPageDriver.OpenAsync(browser, server, "sales-crm-responsibility", "zh-Hans");
        await page.Page.SetInputFilesAsync("#ak-load", file);
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.checked > 1 && document.body.dataset.state === 'idle'");

        Assert.Equal("周若溪", await page.Input("salesperson.name").InputValueAsync());
        Assert.Contains("周若溪", await page.PreviewTextAsync());
        var report = await page.Page.Locator("#ak-file-report").InnerTextAsync();
        var validate = ShippedCases.Engine.Validate("sales-crm-responsibility", AgreementParameters.FromUtf8(File.ReadAllBytes(file), "周若溪.json")).Diagnostics;
        var warning = Assert.Single(validate);
        Assert.Equal("AK1106", warning.Code);
        Assert.Contains(warning.ToString(), report);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_interface_follows_the_edition_and_every_page_has_a_screenshot()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address(""));
        Assert.Equal("zh-Hans", await page.Locator("html").GetAttributeAsync("lang"));
        await Screenshots.SaveAsync(page, "home");
        await page.ClickAsync("a.script-switch");
        Assert.Equal("zh-Hant", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("選擇要產生的協議", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();

        var hant = await AgreementPageDriver.OpenAsync(browser, server, "sales-crm-responsibility", "zh-Hant");
        Assert.Equal("zh-Hant", await hant.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("下載", await hant.Page.Locator(".toolbar").InnerTextAsync());
        Assert.Contains("沒有發現問題", await hant.StatusAsync());
        await Screenshots.SaveAsync(hant.Page, "agreement-zh-Hant");
        await hant.CloseAsync();

        var hans = await AgreementPageDriver.OpenAsync(browser, server, "sales-crm-responsibility", "zh-Hans");
        Assert.Contains("下载", await hans.Page.Locator(".toolbar").InnerTextAsync());
        // Labels come from the schema's titles (or its Chinese descriptions), grouped by its objects.
        Assert.True(await hans.Page.Locator("#ak-form fieldset.group > legend").CountAsync() >= 6);
        Assert.Matches("[\u4e00-\u9fff]", await hans.Page.Locator("label[for]").First.InnerTextAsync());
        await Screenshots.SaveAsync(hans.Page, "agreement-zh-Hans");
        Assert.True(hans.ConsoleErrors.Count == 0, string.Join("\n", hans.ConsoleErrors));
        await hans.CloseAsync();
    }

    /// <summary>
    /// A user in Shanghai and one in Taipei open the same pack: each reads the form in the words of the agreement
    /// they are making — script and legal terms — down to the group headings, the help and the choices.
    /// </summary>
    [Theory]
    [InlineData("zh-Hans", "主导方", "合同信息", "甲方统一社会信用代码", "营业执照", "诉讼", "主導方")]
    [InlineData("zh-Hant", "主導方", "契約資料", "甲方統一編號", "8 位數字", "訴訟", "主导方")]
    public async Task The_form_speaks_the_editions_script_and_legal_terms(string locale, string lead, string contract, string companyId, string idHelp, string litigation, string otherScript)
    {
        var page = await AgreementPageDriver.OpenAsync(browser, server, "agent-loyalty-strategy", locale);
        Assert.StartsWith(lead, await page.Member("leadParty").Locator("label").InnerTextAsync());
        Assert.StartsWith(contract, await page.Member("contract").Locator("legend").InnerTextAsync());
        Assert.StartsWith(companyId, await page.Member("company.idNumber").Locator("label").InnerTextAsync());
        Assert.Contains(idHelp, await page.Member("company.idNumber").Locator(".help").InnerTextAsync());
        Assert.Contains(litigation, await page.Input("dispute.method").Locator("option").AllInnerTextsAsync());
        var form = await page.Page.Locator("#ak-form").InnerTextAsync();
        Assert.DoesNotContain(otherScript, form);
        Assert.DoesNotContain(" / ", form);

        // The picture for the README: the company's fields beside the preview's paragraph that prints them.
        var printed = page.Page.FrameLocator("#ak-preview").Locator("p", new() { HasText = companyId[2..] }).First;
        await printed.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        // Below the toolbar, which stays in view.
        await page.Member("company").EvaluateAsync("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - document.querySelector('.toolbar').offsetHeight - 12)");
        await Screenshots.SaveAsync(page.Page, $"agreement-agent-{locale}");
        Assert.True(page.ConsoleErrors.Count == 0, string.Join("\n", page.ConsoleErrors));
        await page.CloseAsync();
    }

    private static IEnumerable<JObject> Rules(AgreementKit.Templates.Packs.TemplatePack pack) =>
        pack.Rules.OfType<JObject>().Where(r => (string?)r["type"] == "requiredWhen");
}
